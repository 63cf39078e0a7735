package org.bilateral.extraction.reading;

import java.nio.file.Path;
import java.util.List;

/**
 * The trained parts of the reader, one per open part of the genre, learnt from a corpus's gold by {@link #train} and
 * shipped as resources under {@code org/bilateral/extraction/reading/models/}. {@code bilateral train} writes them;
 * {@code bilateral evaluate} trains them once per publisher held out.
 *
 * <p>Each component adds itself here: a field, its line in {@link #train}, {@link #shipped} and {@link #save}.
 */
public final class ReaderModels {

    /** Where the shipped models live among the resources, and where {@code bilateral train} writes them by default. */
    public static final String RESOURCES = "org/bilateral/extraction/reading/models/";

    /** Where a person's or organisation's name and a title begin and end; null in a reader of rules alone. */
    final MentionModel mentions;

    ReaderModels(MentionModel mentions) {
        this.mentions = mentions;
    }

    /** The models built into the workbench, loaded once. */
    public static ReaderModels shipped() {
        return Shipped.MODELS;
    }

    /** Models learnt from these documents' gold; deterministic for the same documents in the same order. */
    public static ReaderModels train(List<CorpusDocument> documents) {
        return new ReaderModels(MentionModel.train(documents));
    }

    /** Writes every model into {@code directory}, one file each, under the names {@link #shipped} loads. */
    public void save(Path directory) {
        mentions.save(directory.resolve(MentionModel.FILE));
    }

    private static final class Shipped {
        static final ReaderModels MODELS = new ReaderModels(load(MentionModel.FILE, MentionModel::load));

        private static <T> T load(String file, java.util.function.Function<java.io.InputStream, T> reader) {
            try (java.io.InputStream in = ReaderModels.class.getClassLoader().getResourceAsStream(RESOURCES + file)) {
                if (in == null) {
                    throw new IllegalStateException("the reader's model " + RESOURCES + file + " is not on the class path: run bilateral train");
                }
                return reader.apply(in);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
