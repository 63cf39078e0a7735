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

    /** Where a person's or organisation's name and a title begin and end; null in a reader whose names are the rules' alone. */
    final @org.jspecify.annotations.Nullable MentionModel mentions;
    /** Whether a sentence reports an engagement that happened, and its kind. */
    private final EventModel events;
    /** For an event and a name in its sentence: whether the name took part or is only mentioned. */
    private final RoleModel roles;
    /** Purchase commitments: whether a sentence states one, and which of its names buys and which sells. */
    final PurchaseModel purchases;

    private ReaderModels(@org.jspecify.annotations.Nullable MentionModel mentions, EventModel events, RoleModel roles,
                         PurchaseModel purchases) {
        this.mentions = mentions;
        this.events = events;
        this.roles = roles;
        this.purchases = purchases;
    }

    /** These models but the mentions one: the names are found by the rules alone (to show what the model adds). */
    ReaderModels withoutMentions() {
        return new ReaderModels(null, events, roles, purchases);
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
        // The events' labels are read with the mentions model learnt here: the shipped one has read every publisher.
        MentionModel mentions = MentionModel.train(documents);
        EventLabels labels = EventLabels.of(documents, mentions);
        return new ReaderModels(mentions, EventModel.train(labels.sentences), RoleModel.train(labels.roles),
                PurchaseModel.train(documents));
    }

    /** Writes every model into {@code directory}, one file each, under the names {@link #shipped} loads. */
    public void save(Path directory) {
        if (mentions != null) {
            mentions.save(directory.resolve(MentionModel.FILE));
        }
        events.save(directory);
        roles.save(directory);
        purchases.save(directory);
    }

    private static final class Shipped {
        static final ReaderModels MODELS = new ReaderModels(MentionModel.shipped(), EventModel.shipped(), RoleModel.shipped(),
                PurchaseModel.shipped());
    }
}
