package org.bilateral.offers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A saved offer: a named package of tariff lines with the rate offered to US goods, phased by year. */
public record Offer(OfferId id, String name, @Nullable String note, LocalDate scheduleOn, Elasticities elasticities,
                    List<Part> parts, String updatedBy, Instant updatedAt) {

    public Offer {
        parts = List.copyOf(parts);
    }

    /** The offer as a draft again: what its file says. */
    public OfferDraft draft() {
        return new OfferDraft(name, note, scheduleOn, elasticities, parts);
    }
}
