package org.bilateral.extraction.cli;

import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.bilateral.extraction.reading.CorpusDocument;
import org.bilateral.extraction.reading.Evaluation;
import org.bilateral.extraction.reading.ReaderModels;
import org.bilateral.workbench.CliCommand;
import org.bilateral.workbench.WithoutDatabase;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Component
@Command(name = "train", description = {
        "Trains the press-release reader's models on every document of the given corpus folders and saves them.",
        "Without --into, in a checkout of Bilateral, they replace the shipped models under " + TrainCommand.IN_CHECKOUT,
        "(the next build ships them). Touches no database."})
class TrainCommand implements Callable<Integer>, CliCommand, WithoutDatabase {

    /** Where the shipped models are, relative to a checkout's root. */
    static final String IN_CHECKOUT = "src/main/resources/" + ReaderModels.RESOURCES;

    @Parameters(arity = "1..*", paramLabel = "CORPUS_DIR", description = "corpus folders: docs/, gold/ and SOURCES.tsv, or seeds/ with ../gold")
    List<Path> folders = new ArrayList<>();

    @Option(names = "--into", paramLabel = "DIR", description = "where to write the models; required outside a checkout")
    @Nullable Path into;

    @Override
    public Integer call() {
        Path directory = into != null ? into : inCheckout(Path.of("").toAbsolutePath());
        List<CorpusDocument> documents = EvaluateCommand.read(folders);
        long start = System.nanoTime();
        ReaderModels models = ReaderModels.train(documents);
        double seconds = (System.nanoTime() - start) / 1e9;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        models.save(directory);
        System.out.printf(java.util.Locale.ROOT, "Trained on %d documents of %s in %.1f s; saved in %s%n", documents.size(),
                EvaluateCommand.publishers(Evaluation.publishers(documents).size()), seconds, directory);
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(Files::isRegularFile).sorted().forEach(f -> System.out.printf(java.util.Locale.ROOT, "  %-40s %,12d bytes%n",
                    f.getFileName(), size(f)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }

    /** The shipped models' folder when {@code directory} is the root of a checkout of Bilateral; refused otherwise. */
    static Path inCheckout(Path directory) {
        if (Files.exists(directory.resolve("pom.xml")) && Files.isDirectory(directory.resolve("src/main/java/org/bilateral"))) {
            return directory.resolve(IN_CHECKOUT);
        }
        throw new IllegalArgumentException(directory + " is not a checkout of Bilateral: say where to write the models with --into DIR");
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
