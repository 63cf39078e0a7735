package org.bilateral.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SyndicationTest {

    private static final Path CORPUS = Path.of("../shared/corpus");

    @Test
    void theShareIsOfTheShorterTextsRunsOfEightWordsThatTheLongerHolds() {
        // 27 words: 27 - 8 + 1 = 20 runs of eight
        String story = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                + "seventeen eighteen nineteen twenty twentyone twentytwo twentythree twentyfour twentyfive twentysix twentyseven";
        // the copy keeps the first 17 words and changes the rest: its 27 words make 20 runs, of which those starting at
        // words 1 to 10 (ending at word 8 to 17) are the story's: 10 shared of 20, 50%: the same story, just
        String copy = String.join(" ", Arrays.copyOf(story.split(" "), 17))
                + " alpha beta gamma delta epsilon zeta eta theta iota kappa";
        assertThat(Syndication.sharedOf(story, copy)).containsExactly(10, 20);
        assertThat(Syndication.sameStory(story, copy)).isTrue();
        // one word fewer kept: runs 1 to 9 shared, 9 of 20 = 45%, below half
        String less = String.join(" ", Arrays.copyOf(story.split(" "), 16))
                + " alpha beta gamma delta epsilon zeta eta theta iota kappa lambda";
        assertThat(Syndication.sharedOf(story, less)).containsExactly(9, 20);
        assertThat(Syndication.sameStory(story, less)).isFalse();
    }

    @Test
    void caseAccentsComposedOrNotAndPunctuationDoNotKeepCopiesApart() {
        String a = "Bộ trưởng Nguyễn Văn A gặp Đại sứ Hoa Kỳ tại Hà Nội hôm thứ Ba để bàn về thuế đối ứng, "
                + "quy tắc xuất xứ và việc mua máy bay, ngô, đậu tương của Hoa Kỳ trong năm tới nhằm cân bằng thương mại.";
        String decomposed = java.text.Normalizer.normalize(a.toUpperCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replace(",", " —");
        assertThat(Syndication.sameStory(a, decomposed)).isTrue();
    }

    @Test
    void aShortTextIsTheSameStoryOnlyWhenItsWordsAreTheSame() {
        assertThat(Syndication.sameStory("Talks end in Washington.", "talks END in washington")).isTrue();
        assertThat(Syndication.sameStory("Talks end in Washington today.", "Talks end in Washington")).isFalse();
    }

    /**
     * Measured on the corpus: no two of its documents (several are different outlets' reports of one visit) are one
     * story, and each is one story with a copy of itself under another headline and byline, its last paragraph gone.
     */
    @Test
    void noTwoCorpusDocumentsAreOneStoryAndEachIsOneWithItsOwnSyndicatedCopy() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "the corpus is not at ../shared/corpus: the rule is not measured on it");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(CORPUS)) {
            all.filter(p -> p.toString().endsWith(".txt") && (p.getParent().getFileName().toString().equals("docs")
                    || p.getParent().getFileName().toString().equals("seeds"))).sorted().forEach(files::add);
        }
        assertThat(files).hasSizeGreaterThan(50);
        List<String> texts = new ArrayList<>();
        for (Path f : files) {
            texts.add(Files.readString(f, StandardCharsets.UTF_8));
        }
        List<String> merged = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                if (Syndication.sameStory(texts.get(i), texts.get(j))) {
                    merged.add(files.get(i).getFileName() + " " + files.get(j).getFileName());
                }
            }
        }
        assertThat(merged).as("different documents taken for one story").isEmpty();
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            List<String> paragraphs = Arrays.stream(texts.get(i).strip().split("\\n\\s*\\n")).filter(p -> !p.isBlank()).toList();
            List<String> kept = paragraphs.size() > 2 ? paragraphs.subList(0, paragraphs.size() - 1) : paragraphs;
            String copy = "Republished headline of another outlet\n\nBy a staff writer\n\n" + String.join("\n\n", kept);
            if (!Syndication.sameStory(texts.get(i), copy)) {
                missed.add(files.get(i).getFileName().toString());
            }
        }
        assertThat(missed).as("syndicated copies not taken for their story").isEmpty();
    }
}
