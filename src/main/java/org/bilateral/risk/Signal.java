package org.bilateral.risk;

import org.jspecify.annotations.Nullable;

/**
 * One signal of one product: its value (0 where the product shows nothing), its rank among the products that show it
 * (1 for the strongest, 0 for none), and its arithmetic in words; not computed, with why, where a flow or a year is missing.
 *
 * @param value   the signal's measure, in the unit its kind states; null when not computed
 * @param rank    the share of products showing the signal that it is stronger than or as strong as, 0 to 1
 */
public record Signal(SignalKind kind, @Nullable Double value, double rank, String arithmetic) {

    public boolean computed() {
        return value != null;
    }

    Signal ranked(double rank) {
        return new Signal(kind, value, rank, arithmetic);
    }
}
