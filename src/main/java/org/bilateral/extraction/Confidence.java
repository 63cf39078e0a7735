package org.bilateral.extraction;

/**
 * How sure the reader is of one proposal, from 0 to 1: a trained component's probability, or for a proposal a rule
 * made, the precision that rule's kind of proposal had on the development corpus. The review page shows the least
 * certain first, so a reviewer's attention goes where the reader is weakest.
 */
public record Confidence(double value) implements Comparable<Confidence> {

    /**
     * What a proposal made by the rules alone is worth: their precision on the development corpus read with the
     * publisher held out (0.84–0.86 over events, people and purchases when this was written).
     */
    public static final Confidence RULES = new Confidence(0.85);

    public Confidence {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("a confidence lies between 0 and 1, not " + value);
        }
    }

    @Override
    public int compareTo(Confidence other) {
        return Double.compare(value, other.value);
    }
}
