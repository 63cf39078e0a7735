package org.bilateral.offers;

/** A saved offer's number. */
public record OfferId(long value) {

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
