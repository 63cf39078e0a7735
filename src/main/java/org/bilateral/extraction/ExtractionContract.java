package org.bilateral.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An extraction in the shape of the corpus contract (../shared/corpus/README.md): one JSON object per document with
 * events, people, commitments, issues and the publication date, each event, person and commitment with the reader's
 * confidence in it (a field the corpus's scorer passes over). Bilateral's own records carry more; this is the
 * interchange form that {@code bilateral extract --json} prints and {@code /api/extract} returns.
 */
public final class ExtractionContract {

    private ExtractionContract() {
    }

    public static Map<String, Object> of(Extraction x) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("document", x.document());
        doc.put("published", x.published() == null ? null : x.published().toString());
        List<Map<String, Object>> events = new ArrayList<>();
        for (Extraction.Event e : x.events()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", e.kind().code());
            m.put("date", e.date() == null ? null : e.date().toString());
            m.put("end_date", e.endDate() == null ? null : e.endDate().toString());
            m.put("place", e.place());
            m.put("round", e.round());
            m.put("talks", e.talks() == null ? null : e.talks().code());
            m.put("participants", e.participants());
            m.put("topics", e.topics());
            m.put("evidence", e.evidence().text());
            m.put("confidence", confidence(e.confidence()));
            events.add(m);
        }
        doc.put("events", events);
        List<Map<String, Object>> people = new ArrayList<>();
        for (Extraction.Person p : x.people()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("title", p.title());
            m.put("country", p.country());
            m.put("confidence", confidence(p.confidence()));
            people.add(m);
        }
        doc.put("people", people);
        List<Map<String, Object>> commitments = new ArrayList<>();
        for (Extraction.Commitment c : x.commitments()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("buyer", c.buyer());
            m.put("seller", c.seller());
            m.put("item", c.item());
            m.put("quantity", c.quantity());
            m.put("unit", c.unit());
            m.put("value_usd", c.valueUsd());
            m.put("status", "committed");
            m.put("evidence", c.evidence().text());
            m.put("confidence", confidence(c.confidence()));
            commitments.add(m);
        }
        doc.put("commitments", commitments);
        List<Map<String, Object>> issues = new ArrayList<>();
        for (Extraction.Issue i : x.issues()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("topic", i.topic().code());
            m.put("evidence", i.evidence().text());
            issues.add(m);
        }
        doc.put("issues", issues);
        return doc;
    }

    /** How sure the reader is, from 0 to 1, a field the contract's scorer passes over; null when none was given. */
    private static Double confidence(Confidence confidence) {
        return confidence == null ? null : confidence.value();
    }
}
