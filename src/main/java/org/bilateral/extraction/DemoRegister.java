package org.bilateral.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.bilateral.engagements.Engagements;
import org.bilateral.workbench.DemoRequested;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * serve --demo, for the register of engagements: the five seed press releases of the corpus ({@code seeds/*.txt} of
 * {@code bilateral.corpus}, by default {@code ../shared/corpus}, read in place), each read and its proposals accepted
 * as read by the user "demo", on a register that holds no engagements yet. The seeds are real reports of the talks:
 * the ministers' meetings in Washington, and the senators (Hagerty, Cruz, Daines) Vietnam's ministers met, so the
 * demonstration's register has the people the Hill's pages and the brief are about. After the deals (order 10) and the
 * asks (20): a seed's purchase is then another report of a reported deal, and a position one on a known ask.
 */
@Component
class DemoRegister {

    private static final Logger log = LoggerFactory.getLogger(DemoRegister.class);

    /** Who accepts the seeds' proposals, as the audit trail and the review page name them. */
    static final String USER = "demo";

    private final PressReleases pressReleases;
    private final Engagements engagements;
    private final String corpus;

    DemoRegister(PressReleases pressReleases, Engagements engagements, @Value("${bilateral.corpus:../shared/corpus}") String corpus) {
        this.pressReleases = pressReleases;
        this.engagements = engagements;
        this.corpus = corpus;
    }

    @EventListener
    @Order(30)
    void on(DemoRequested request) {
        try {
            System.out.println(load(Path.of(corpus, "seeds")));
        } catch (RuntimeException e) {
            log.error("Reading the demonstration's press releases failed", e);
            System.err.println("Reading the demonstration's press releases failed: " + e.getMessage());
        }
    }

    /** Reads and accepts the seeds of a folder into an empty register; says in a sentence what it did, or why not. */
    String load(Path seeds) {
        if (engagements.count() > 0) {
            return "The register already holds engagements; --demo reads no press release.";
        }
        Path folder = seeds.toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            return "No seed press releases at " + folder + " (bilateral.corpus): the demonstration's register has no engagements.";
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(f -> f.getFileName().toString().endsWith(".txt") && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int accepted = 0;
        // the log's time stamps say how long reading the seeds takes beside the rest of the demonstration
        log.info("reading the {} seed press releases of {}", files.size(), folder);
        for (Path file : files) {
            PressReleases.Ingested ingested = pressReleases.ingest(PressRelease.of(file, file.getFileName().toString()), USER);
            accepted += pressReleases.acceptAll(ingested.id(), USER);
        }
        return "%s: %d press releases read, %d proposals accepted as read; %d engagements in the register"
                .formatted(folder, files.size(), accepted, engagements.count());
    }
}
