package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bilateral.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {

    @TempDir Path corpus;

    @Test
    void aGoldFileThatIsNotJsonIsRefusedByItsNameLineAndColumnWithoutTheParsersAccountOfItself() throws Exception {
        Files.createDirectories(corpus.resolve("docs"));
        Files.createDirectories(corpus.resolve("gold"));
        Files.writeString(corpus.resolve("docs/a.txt"), "HANOI, May 2 - Ministers met.");
        // the third line is "  oops": its "o", after two spaces, is the third character
        Files.writeString(corpus.resolve("gold/a.json"), "{\n  \"document\": \"a.txt\",\n  oops\n}");

        assertThatThrownBy(() -> Corpus.read(corpus)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("a.json").hasMessageContaining("line 3, column 3").hasMessageContaining("is not JSON")
                .hasMessageNotContaining("Source").hasMessageNotContaining("REDACTED");
    }

    @Test
    void aFolderWithoutGoldIsRefusedSayingWhereTheGoldWasLookedFor() {
        assertThatThrownBy(() -> Corpus.read(corpus.resolve("nowhere"))).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("holds no gold");
    }

    @Test
    void aDocumentLargerThanTheLongestPressReleaseIsRefusedBeforeItIsRead() throws Exception {
        Files.createDirectories(corpus.resolve("docs"));
        Files.createDirectories(corpus.resolve("gold"));
        // 4 bytes for each of the 200,000 characters the reader takes is 800,000 bytes; one more is refused
        Files.write(corpus.resolve("docs/big.txt"), new byte[800_001]);
        Files.writeString(corpus.resolve("gold/big.json"), "{\"document\": \"big.txt\"}");

        assertThatThrownBy(() -> Corpus.read(corpus)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("big.txt").hasMessageContaining("800,001 bytes").hasMessageContaining("800,000");
    }
}
