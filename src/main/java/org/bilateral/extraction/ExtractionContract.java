package org.bilateral.extraction;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An extraction in the shape of the corpus contract (../shared/corpus/README.md): one JSON object per document with
 * events, people, commitments, issues and the publication date, each event, person and commitment with the reader's
 * confidence in it (a field the corpus's scorer passes over). Bilateral's own records carry more; this is the
 * interchange form that {@code bilateral extract --json} prints and {@code /api/extract} returns. Every field is
 * written, an unknown one as null, in the order the contract lists them.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"document", "published", "events", "people", "commitments", "issues"})
public record ExtractionContract(String document, @Nullable String published, List<Event> events, List<Person> people,
                                 List<Commitment> commitments, List<Issue> issues) {

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"kind", "date", "end_date", "place", "round", "talks", "participants", "topics", "evidence", "confidence"})
    public record Event(String kind, @Nullable String date, @JsonProperty("end_date") @Nullable String endDate, @Nullable String place,
                        @Nullable Integer round, @Nullable String talks, List<String> participants, List<String> topics,
                        String evidence, @Nullable Double confidence) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"name", "title", "country", "confidence"})
    public record Person(String name, @Nullable String title, @Nullable String country, @Nullable Double confidence) {
    }

    /** A purchase; its value as the contract's scorer reads it, a number of dollars. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"buyer", "seller", "item", "quantity", "unit", "value_usd", "status", "evidence", "confidence"})
    public record Commitment(String buyer, @Nullable String seller, @Nullable String item, @Nullable Long quantity, @Nullable String unit,
                             @JsonProperty("value_usd") @Nullable Double valueUsd, String status, String evidence,
                             @Nullable Double confidence) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"topic", "evidence"})
    public record Issue(String topic, String evidence) {
    }

    public static ExtractionContract of(Extraction x) {
        List<Event> events = x.events().stream().map(e -> new Event(e.kind().code(), e.date() == null ? null : e.date().toString(),
                e.endDate() == null ? null : e.endDate().toString(), e.place(), e.round(), e.talks() == null ? null : e.talks().code(),
                e.participants(), e.topics(), e.evidence().text(), confidence(e.confidence()))).toList();
        List<Person> people = x.people().stream().map(p -> new Person(p.name(), p.title(), p.country(), confidence(p.confidence()))).toList();
        // the contract's value is a plain number of dollars, as score.py reads it: the reader's decimal as a double
        List<Commitment> commitments = x.commitments().stream().map(c -> new Commitment(c.buyer(), c.seller(), c.item(), c.quantity(),
                c.unit(), c.valueUsd() == null ? null : c.valueUsd().usd().doubleValue(), "committed", c.evidence().text(),
                confidence(c.confidence()))).toList();
        List<Issue> issues = x.issues().stream().map(i -> new Issue(i.topic().code(), i.evidence().text())).toList();
        return new ExtractionContract(x.document(), x.published() == null ? null : x.published().toString(), events, people,
                commitments, issues);
    }

    /** How sure the reader is, from 0 to 1, a field the contract's scorer passes over; null when none was given. */
    private static @Nullable Double confidence(@Nullable Confidence confidence) {
        return confidence == null ? null : confidence.value();
    }
}
