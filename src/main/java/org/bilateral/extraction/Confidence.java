package org.bilateral.extraction;

import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;

/**
 * How sure the reader is of one proposal, from 0 to 1: a trained component's probability, or for a proposal a rule
 * made, the precision that rule's kind of proposal had on documents the rules were not written against. The review
 * page shows the least certain first, so a reviewer's attention goes where the reader is weakest. In JSON it is the
 * bare number ({@code "confidence": 0.71}).
 */
public record Confidence(@JsonValue double value) implements Comparable<Confidence> {

    // What a proposal made by the rules alone is worth, per kind: the rules' precision on the 60 documents of
    // ../shared/corpus/genre-a, genre-b and genre-c (about 40 publishers the rules were not written against, so every
    // publisher there is held out), read by `bilateral extract --json` and scored by score.py's matching, the three
    // folders pooled (true over true plus false positives), as of the rules on main before issue 28's trained parts.
    // Each figure is kept to the thousandth the proposal store holds. When `bilateral evaluate` prints the
    // leave-one-publisher-out table, these are its rules-only precisions and are refreshed from it.

    /**
     * Events: score.py's participants precision, 71 of 100 participants named were right (18 of 31 in genre-a, 40 of 48
     * in genre-b, 13 of 21 in genre-c).
     */
    public static final Confidence RULES_EVENTS = new Confidence(0.710);

    /** People: score.py's people precision (name and country both right), 34 of 73 (10 of 26, 19 of 38, 5 of 9). */
    public static final Confidence RULES_PEOPLE = new Confidence(0.466);

    /**
     * Organisations: the corpus contract lists no organisations, so score.py's participant matching is applied to the
     * participants the reader did not also propose as people: 14 of 27 (2 of 5, 6 of 10, 6 of 12).
     */
    public static final Confidence RULES_ORGANISATIONS = new Confidence(0.519);

    /** Purchases: score.py's commitments precision, 1 of 11 (none proposed in genre-a, 0 of 4 in genre-b, 1 of 7 in genre-c). */
    public static final Confidence RULES_PURCHASES = new Confidence(0.091);

    /**
     * Policy issues, read from the fixed issue vocabulary by rules alone: score.py's issues precision, 16 of 16 (2, 5
     * and 9): a kind the rules have not yet got wrong where they were measured, not one beyond checking.
     */
    public static final Confidence RULES_ISSUES = new Confidence(1.000);

    public Confidence {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("a confidence lies between 0 and 1, not " + value);
        }
    }

    /** The figure as a decimal fraction, for {@code Figures.percent}: 0.466 is shown "46.6%". */
    public BigDecimal fraction() {
        return BigDecimal.valueOf(value);
    }

    @Override
    public int compareTo(Confidence other) {
        return Double.compare(value, other.value);
    }
}
