package org.bilateral.commitments;

/** A deal's number in the register; it stays valid after the deal is merged into another. */
public record DealId(long value) {

    public DealId {
        if (value <= 0) {
            throw new IllegalArgumentException("a deal number is positive");
        }
    }

    @Override
    public String toString() {
        return "D" + value;
    }
}
