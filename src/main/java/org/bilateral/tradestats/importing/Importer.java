package org.bilateral.tradestats.importing;

import java.io.IOException;
import org.bilateral.shared.Sha256;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bilateral.reference.CountryDirectory;
import org.bilateral.reference.HsRevisions;
import org.bilateral.shared.Unavailable;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.tradestats.ImportReport;
import org.bilateral.doors.ProgressBar;
import org.bilateral.shared.TextFiles;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one import in one transaction (or savepoint): recognise the format, read and validate every record while
 * streaming it into the database, replace the slices it revises, rebuild the totals it touches.
 * Any problem rolls all of it back.
 */
@Component
public class Importer {

    private static final Logger log = LoggerFactory.getLogger(Importer.class);

    private final StatisticsStore store;
    private final CountryDirectory countries;
    private final TransactionTemplate transaction;
    private final TotalsState totals;
    private final HsRevisions revisions;

    Importer(StatisticsStore store, CountryDirectory countries, PlatformTransactionManager transactions, TotalsState totals,
             HsRevisions revisions) {
        this.revisions = revisions;
        this.totals = totals;
        this.store = store;
        this.countries = countries;
        // Nested: alone, a transaction of its own; within a set of files, a savepoint that a refused file rolls back to.
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * @param statisticsStored whether the file stored statistics not on record before: what the audit trail records (a
     *                         file already imported, or published headline figures, are not)
     */
    public record Outcome(ImportReport report, boolean statisticsStored) {
    }

    public Outcome run(Path file, String fileName, String actor) {
        try (ReadAhead none = new ReadAhead()) {
            return run(file, fileName, actor, none, null, null);
        }
    }

    /**
     * Imports {@code file} as {@link #run(Path, String, String)} does, taking its reading from {@code ahead} where it was
     * begun there, and, once this file is read to its end, beginning the reading of {@code next} (the set's next file)
     * into {@code ahead}, so that it parses while this file's slices and totals are written.
     */
    public Outcome run(Path file, String fileName, String actor, ReadAhead ahead, @Nullable Path next,
                       @Nullable String nextName) {
        ReadAhead.Started begun = ahead.take(file, fileName);
        try {
            return run(file, fileName, actor, begun, () -> {
                if (next != null && nextName != null) {
                    ReadAhead.Started reading = beginReading(next, nextName);
                    if (reading != null) {
                        ahead.hold(reading);
                    }
                }
            });
        } finally {
            if (begun != null) {
                // drained, or its turn ended before its reading was needed (already imported, refused): stopped either way
                begun.close();
            }
        }
    }

    /**
     * The reading of a statistics file begun on a thread of its own, or null where it is none or cannot be opened: its own
     * turn then recognises and opens it as it always does, and says what is wrong with it there.
     */
    private ReadAhead.@Nullable Started beginReading(Path file, String fileName) {
        InputStream in = null;
        ProgressBar progress = null;
        try {
            FileFormat format = FileFormat.detect(file);
            if (format == null || format == FileFormat.PUBLISHED_FIGURES || format == FileFormat.CENSUS_STATE_JSON) {
                return null;
            }
            StatisticsReader reader = reader(format);
            progress = ProgressBar.onTerminal("Importing " + fileName, Files.size(file));
            ProgressBar bar = progress;
            in = FileFormat.open(new CountingInputStream(Files.newInputStream(file), bar::advanceTo));
            return new ReadAhead.Started(file, fileName, format, in, progress,
                    ReadingAhead.start(reader, in, fileName, ReadingAhead.BATCHES_AHEAD));
        } catch (IOException | RuntimeException e) {
            try (ProgressBar bar = progress; InputStream stream = in) {
                log.debug("{} is read in its turn: {}", fileName, e.toString());
            } catch (IOException closing) {
                log.debug("{} could not be closed", fileName, closing);
            }
            return null;
        }
    }

    private Outcome run(Path file, String fileName, String actor, ReadAhead.@Nullable Started readAhead, Runnable whenRead) {
        if (!countries.isLoaded()) {
            throw new Unavailable(Said.of("refusal.tradestats.noReference"));
        }
        totals.requireWhole();
        long begun = System.currentTimeMillis();
        String sha = Sha256.hex(file);
        FileFormat format = detect(file, fileName);
        long recognised = System.currentTimeMillis();
        Outcome outcome = transaction.execute(status -> {
            // The same file uploaded twice at once: the second waits for the first and is then told it is imported.
            store.lock("file " + sha);
            Optional<StatisticsStore.PriorImport> prior = store.findBySha(sha);
            if (prior.isPresent()) {
                StatisticsStore.PriorImport p = prior.get();
                return new Outcome(new ImportReport(p.id(), fileName, format.label(), "", 0, 0, Map.of(), false,
                        p.importedAt(), List.of()), false);
            }
            long id = store.createImport(format.name().toLowerCase().replace('_', '-'), fileName, sha, actor);
            ReadContext context = new ReadContext(fileName);
            try {
                return format == FileFormat.PUBLISHED_FIGURES
                        ? publishedFigures(id, file, fileName, format, context)
                        : statistics(id, file, fileName, format, context, readAhead, whenRead);
            } catch (CharacterCodingException e) {
                throw TextFiles.notUtf8(fileName);
            } catch (IOException e) {
                throw new InvalidInput(new InputProblem(fileName, null, null, Said.of("refusal.tradestats.unread", String.valueOf(e.getMessage()))));
            } catch (SQLException e) {
                // Every value is checked before it reaches SQL, so this is the database's own trouble (disk, connection):
                // the details go to the log, never to the user.
                log.error("import of {} failed in the database", fileName, e);
                throw new IllegalStateException("the database could not store " + fileName + "; the workbench's log says why");
            }
        });
        log.debug("{}: {} ms in all (checksum and format {} ms)", fileName, System.currentTimeMillis() - begun,
                recognised - begun);
        return outcome;
    }

    private StatisticsReader reader(FileFormat format) {
        return switch (format) {
            case CENSUS_JSON -> new CensusJsonReader(countries);
            case COMTRADE_CSV -> new ComtradeCsvReader(countries, ',');
            case COMTRADE_BULK -> new ComtradeCsvReader(countries, '\t');
            case COMTRADE_JSON -> new ComtradeJsonReader(countries);
            case PUBLISHED_FIGURES -> throw new IllegalStateException("not a statistics format");
            case CENSUS_STATE_JSON -> throw new IllegalStateException("figures by state are imported by StateTradeImports");
        };
    }

    private Outcome statistics(long id, Path file, String fileName, FileFormat format, ReadContext context,
                               ReadAhead.@Nullable Started begun, Runnable whenRead) throws IOException, SQLException {
        long started = System.currentTimeMillis();
        FigureCopy copy = store.openCopy(id, context);
        RevisionCarrier carrier = new RevisionCarrier(revisions, copy);
        if (begun != null && begun.format() == format) {
            try {
                begun.reading().drain(context, carrier);
                context.failIfProblems();
            } catch (RuntimeException | IOException | Error e) {
                copy.abort();
                throw e;
            }
        } else {
            read(reader(format), file, fileName, context, copy, carrier);
        }
        // read to its end and taken: the set's next file is read while this one's slices and totals are written
        whenRead.run();
        return store(id, fileName, format, context, copy, carrier, started);
    }

    private static void read(StatisticsReader reader, Path file, String fileName, ReadContext context, FigureCopy copy,
                             RevisionCarrier carrier) throws IOException {
        long size = Files.size(file);
        try (ProgressBar progress = ProgressBar.onTerminal("Importing " + fileName, size);
             // Progress counts the bytes on disk, so a gzip'd file's bar ends at its own size.
             InputStream in = FileFormat.open(new CountingInputStream(Files.newInputStream(file), progress::advanceTo))) {
            ReadingAhead.read(reader, in, context, carrier);
            // within the try: a refusal cancels the COPY, which the rollback would otherwise wait for
            context.failIfProblems();
        } catch (RuntimeException | IOException | Error e) {
            // Whatever stops the reading, even an Error, cancels the COPY so that the rollback frees the connection.
            copy.abort();
            throw e;
        }
    }

    private Outcome store(long id, String fileName, FileFormat format, ReadContext context, FigureCopy copy,
                          RevisionCarrier carrier, long started) throws IOException, SQLException {
        context.failIfProblems();
        long figures = copy.finish();
        if (figures == 0) {
            throw new InvalidInput(new InputProblem(fileName, null, null, context.skipped().isEmpty() ? Said.of("refusal.tradestats.nothingToStore")
                    : Said.of("refusal.tradestats.nothingToStoreSkipped", String.join("; ", context.skipped().keySet()))));
        }
        log.debug("import {}: {} figures read and copied in {} ms", id, figures, System.currentTimeMillis() - started);
        long replaced = store.replaceSlices(id, copy.slices(), copy::revision, figures, copy.sums(), copy.quantities());
        store.recordCarried(id, carrier.noted());
        ImportReport report = new ImportReport(id, fileName, format.label(), context.dataset(), figures, replaced,
                new TreeMap<>(context.skipped()), context.synthetic(), null, revisionLines(copy, carrier));
        store.completeImport(id, context.dataset(), figures, replaced, context.skippedCount(), context.synthetic(),
                report.describe());
        return new Outcome(report, true);
    }

    /**
     * One line per older HS edition the file reports in: its years, how many subheadings were carried to another HS 2022
     * number and which were split. "HS 2017, 2019-2021: 2 subheadings carried to their HS 2022 numbers (620113 to 620140,
     * ...); 1 split in HS 2022, kept under its own code, share unknown: 854140".
     */
    private static List<String> revisionLines(FigureCopy copy, RevisionCarrier carrier) {
        Map<Integer, TreeSet<Integer>> years = new TreeMap<>(Comparator.reverseOrder());
        for (Slice s : copy.slices()) {
            int revision = copy.revision(s);
            if (revision < HsRevisions.CURRENT) {
                years.computeIfAbsent(revision, r -> new TreeSet<>()).add(s.period().getYear());
            }
        }
        List<String> lines = new ArrayList<>();
        years.forEach((revision, inYears) -> lines.add(revisionLine(revision, inYears, carrier)));
        return lines;
    }

    /** One older edition's line: the years it covers and the codes carried to a new number or kept as split. */
    private static String revisionLine(int revision, TreeSet<Integer> inYears, RevisionCarrier carrier) {
        Map<String, String> renumbered = new TreeMap<>();
        TreeSet<String> split = new TreeSet<>();
        for (RevisionCarrier.Noted n : carrier.noted()) {
            if (n.revision() == revision) {
                if (n.hs2022Code() == null) {
                    split.add(n.reportedCode());
                } else {
                    renumbered.put(n.reportedCode(), n.hs2022Code());
                }
            }
        }
        String span = inYears.first().equals(inYears.last()) ? "" + inYears.first() : inYears.first() + "-" + inYears.last();
        StringBuilder line = new StringBuilder("HS " + revision + " (" + span + "), shown in HS 2022: ");
        if (revision < 2012) {
            line.append("no correlation table before HS 2012 is held, codes kept as reported");
        } else {
            line.append(renumbered.size()).append(renumbered.size() == 1 ? " subheading" : " subheadings")
                    .append(" carried to a new HS 2022 number");
            if (!renumbered.isEmpty()) {
                line.append(" (").append(firstFew(renumbered.entrySet().stream()
                        .map(e -> e.getKey() + " to " + e.getValue()).toList())).append(')');
            }
            line.append("; ").append(split.size()).append(" split in HS 2022, kept under the reported code, share unknown");
            if (!split.isEmpty()) {
                line.append(": ").append(firstFew(List.copyOf(split)));
            }
        }
        return line.toString();
    }

    /** The first few of a list and how many more: a split of a thousand codes is not listed whole. */
    private static String firstFew(List<String> items) {
        int shown = Math.min(items.size(), 8);
        return String.join(", ", items.subList(0, shown)) + (items.size() > shown ? " and " + (items.size() - shown) + " more" : "");
    }

    private Outcome publishedFigures(long id, Path file, String fileName, FileFormat format, ReadContext context)
            throws IOException {
        List<PublishedFigure> figures;
        try (InputStream in = FileFormat.open(Files.newInputStream(file))) {
            figures = new PublishedFiguresReader(countries).read(in, context);
        }
        if (figures.isEmpty()) {
            throw new InvalidInput(new InputProblem(fileName, null, null, Said.of("refusal.tradestats.noFigures")));
        }
        long replaced = store.storePublished(id, figures);
        ImportReport report = new ImportReport(id, fileName, format.label(), context.dataset(), figures.size(), replaced,
                Map.of(), false, null, List.of());
        store.completeImport(id, context.dataset(), figures.size(), replaced, 0, false, report.describe());
        return new Outcome(report, false);
    }

    private static FileFormat detect(Path file, String fileName) {
        try {
            FileFormat format = FileFormat.detect(file);
            if (format == null) {
                throw new InvalidInput(new InputProblem(fileName, InputProblem.line(1), null, Said.of("refusal.tradestats.notStatistics")));
            }
            return format;
        } catch (IOException e) {
            // A damaged gzip fails here, on its first kilobytes: the user's file, not the workbench, is at fault.
            throw new InvalidInput(new InputProblem(fileName, null, null, Said.of("refusal.tradestats.unread", String.valueOf(e.getMessage()))));
        }
    }

}
