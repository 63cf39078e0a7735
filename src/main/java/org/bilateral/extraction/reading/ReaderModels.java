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

    private final EventModel events;
    private final RoleModel roles;

    private ReaderModels(EventModel events, RoleModel roles) {
        this.events = events;
        this.roles = roles;
    }

    EventModel events() {
        return events;
    }

    RoleModel roles() {
        return roles;
    }

    /** The models built into the workbench, loaded once. */
    public static ReaderModels shipped() {
        return Shipped.MODELS;
    }

    /** Models learnt from these documents' gold; deterministic for the same documents in the same order. */
    public static ReaderModels train(List<CorpusDocument> documents) {
        EventLabels labels = EventLabels.of(documents);
        return new ReaderModels(EventModel.train(labels.sentences), RoleModel.train(labels.roles));
    }

    /** Writes every model into {@code directory}, one file each, under the names {@link #shipped} loads. */
    public void save(Path directory) {
        events.save(directory);
        roles.save(directory);
    }

    private static final class Shipped {
        static final ReaderModels MODELS = new ReaderModels(EventModel.shipped(), RoleModel.shipped());
    }
}
