package org.bilateral.extraction.reading;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import org.bilateral.extraction.Extraction;
import org.bilateral.extraction.KnownNames;
import org.bilateral.extraction.PressRelease;

/**
 * The reader measured honestly: leave-one-publisher-out. For each publisher, the models are trained on every other
 * publisher's documents and that publisher's documents are read with them and scored ({@link Scoring}); nothing the
 * reader is scored on was in its training. The reader knows no names from a register, as with a release from a new
 * publisher.
 *
 * <p><b>Publishers.</b> {@code SOURCES.tsv} writes one outlet several ways ("U.S. Department of State, Office of the
 * Spokesperson (republished by EIN Presswire)", "U.S. Department of State readout (republished by STL.News)"), so the
 * documents are grouped by a {@linkplain #publisherKey key}: the publisher's name up to the first parenthesis, comma,
 * semicolon, " / " or "republished", normalised as {@link Scoring#norm} does, without a trailing "readout",
 * "press release", "news release", "release" or "statement". What stays is the issuing office or, for wire copy
 * republished elsewhere, the originating agency ("Bloomberg (republished by Gulf News)" is Bloomberg), as each folder's
 * {@code NOTES.md} counts them. A folder without {@code SOURCES.tsv} (the seeds) is one publisher.
 *
 * <p>Folds run on a small pool, so {@link ReaderModels#train} is called from two threads at once: a component's training
 * keeps no shared mutable state.
 */
public final class Evaluation {

    private static final Pattern CUT = Pattern.compile("\\(|,|;| / | as republished| republished");
    private static final Pattern DESCRIPTOR = Pattern.compile("\\s*\\b(readout|press release|news release|release|statement)$");

    private Evaluation() {
    }

    /** The score of one document, read by models that never saw its publisher (or, for {@link #plain}, by the given models). */
    public record DocumentScore(String folder, String name, String publisher, Scoring.Score score) {
    }

    /** One publisher held out: its key and its documents, in corpus order. */
    public record Publisher(String key, List<String> documents) {
        public Publisher {
            documents = List.copyOf(documents);
        }
    }

    /** A corpus folder's documents' counts added up, in corpus order. */
    public record FolderScore(String folder, int documents, Scoring.Score score) {
    }

    /** Every document's score, with the publishers held out one by one, each folder's sum and the overall sum. */
    public record Result(List<Publisher> publishers, List<DocumentScore> documents, List<FolderScore> folders, Scoring.Score overall) {
        public Result {
            publishers = List.copyOf(publishers);
            documents = List.copyOf(documents);
            folders = List.copyOf(folders);
        }
    }

    /** The key that groups one publisher's documents however {@code SOURCES.tsv} writes it (see the class comment). */
    public static @Nullable String publisherKey(String publisher) {
        String name = publisher == null ? "" : publisher;
        var cut = CUT.matcher(name);
        if (cut.find() && cut.start() > 0) {
            name = name.substring(0, cut.start());
        }
        String key = Scoring.norm(name);
        String shorter = DESCRIPTOR.matcher(key).replaceFirst("");
        while (!shorter.isEmpty() && !shorter.equals(key)) {
            key = shorter;
            shorter = DESCRIPTOR.matcher(key).replaceFirst("");
        }
        return key.isEmpty() ? Scoring.norm(publisher == null ? "" : publisher) : key;
    }

    /** The publishers of these documents, in the order their first document comes. */
    public static List<Publisher> publishers(List<CorpusDocument> documents) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (CorpusDocument d : documents) {
            groups.computeIfAbsent(publisherKey(d.publisher()), k -> new ArrayList<>()).add(d.folder() + "/" + d.name());
        }
        return groups.entrySet().stream().map(e -> new Publisher(e.getKey(), e.getValue())).toList();
    }

    /**
     * Leave-one-publisher-out over these documents, the folds on {@code threads} threads; {@code foldDone} is told the
     * number of folds done after each. The result is the same whatever order the folds finish in.
     */
    public static Result leaveOnePublisherOut(List<CorpusDocument> documents, int threads, IntConsumer foldDone) {
        return leaveOnePublisherOut(documents, threads, foldDone, ReaderModels::train);
    }

    /** As above, with the training step given, so a test can see what each fold trains on. */
    static Result leaveOnePublisherOut(List<CorpusDocument> documents, int threads, IntConsumer foldDone,
                                       Function<List<CorpusDocument>, ReaderModels> train) {
        List<String> keys = documents.stream().map(d -> publisherKey(d.publisher())).toList();
        List<Publisher> publishers = publishers(documents);
        Scoring.Score[] scores = new Scoring.Score[documents.size()];
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "evaluation");
            t.setDaemon(true);
            return t;
        });
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        try {
            List<Future<?>> folds = new ArrayList<>();
            for (Publisher p : publishers) {
                folds.add(pool.submit(() -> {
                    List<CorpusDocument> training = new ArrayList<>();
                    for (int i = 0; i < documents.size(); i++) {
                        if (!keys.get(i).equals(p.key())) {
                            training.add(documents.get(i));
                        }
                    }
                    PressReleaseReader reader = new PressReleaseReader(KnownNames.none(), train.apply(training));
                    for (int i = 0; i < documents.size(); i++) {
                        if (keys.get(i).equals(p.key())) {
                            scores[i] = Scoring.score(documents.get(i).gold(), read(reader, documents.get(i)));
                        }
                    }
                    foldDone.accept(done.incrementAndGet());
                }));
            }
            for (Future<?> f : folds) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the evaluation was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return result(documents, publishers, List.of(scores));
    }

    /** These documents read with these models and scored: a plain score, no evidence when the models saw them. */
    public static Result plain(List<CorpusDocument> documents, ReaderModels models) {
        PressReleaseReader reader = new PressReleaseReader(KnownNames.none(), models);
        List<Scoring.Score> scores = documents.stream().map(d -> Scoring.score(d.gold(), read(reader, d))).toList();
        return result(documents, publishers(documents), scores);
    }

    private static Extraction read(PressReleaseReader reader, CorpusDocument d) {
        return reader.read(new PressRelease(d.name(), d.text()));
    }

    private static Result result(List<CorpusDocument> documents, List<Publisher> publishers, List<Scoring.Score> scores) {
        List<DocumentScore> perDocument = new ArrayList<>();
        Map<String, List<Scoring.Score>> byFolder = new LinkedHashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            CorpusDocument d = documents.get(i);
            perDocument.add(new DocumentScore(d.folder(), d.name(), publisherKey(d.publisher()), scores.get(i)));
            byFolder.computeIfAbsent(d.folder(), k -> new ArrayList<>()).add(scores.get(i));
        }
        List<FolderScore> folders = byFolder.entrySet().stream()
                .map(e -> new FolderScore(e.getKey(), e.getValue().size(), Scoring.Score.sum(e.getValue()))).toList();
        return new Result(publishers, perDocument, folders, Scoring.Score.sum(scores));
    }
}
