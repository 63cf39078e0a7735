package org.bilateral.extraction.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bilateral.extraction.reading.ReaderModels;
import org.bilateral.extraction.reading.TinyCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bilateral train} as the launcher runs it, without a database. */
class TrainCommandTest {

    @TempDir Path dir;

    @Test
    void trainLearnsFromEveryGivenDocumentAndSavesWhereItIsTold() throws Exception {
        TinyCorpus.write(dir);
        Path into = dir.resolve("models");
        var run = EvaluateCommandTest.launch("train", dir.resolve("north").toString(), dir.resolve("south").toString(),
                "--into", into.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Trained on 6 documents of 3 publishers", "saved in " + into);
        assertThat(into).isDirectory();
        // every file the models wrote is listed with its size
        try (var files = Files.list(into)) {
            files.forEach(f -> assertThat(run.out()).contains(f.getFileName().toString()));
        }
    }

    @Test
    void withoutIntoTheModelsGoWhereTheCheckoutShipsThemAndOutsideACheckoutIntoIsRequired() throws Exception {
        Path checkout = Files.createDirectories(dir.resolve("bilateral"));
        Files.writeString(checkout.resolve("pom.xml"), "<project/>");
        Files.createDirectories(checkout.resolve("src/main/java/org/bilateral"));
        assertThat(TrainCommand.inCheckout(checkout))
                .isEqualTo(checkout.resolve("src/main/resources/" + ReaderModels.RESOURCES));
        assertThatThrownBy(() -> TrainCommand.inCheckout(dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a checkout of Bilateral: say where to write the models with --into DIR");
    }
}
