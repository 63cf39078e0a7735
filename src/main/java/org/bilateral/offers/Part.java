package org.bilateral.offers;

import java.util.List;

/** One part of an offer: what it covers and the rate offered on it, phase by phase. */
public record Part(Selection selection, List<Phase> phases) {

    public Part {
        phases = List.copyOf(phases);
    }
}
