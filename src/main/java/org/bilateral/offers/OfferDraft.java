package org.bilateral.offers;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An offer as written, before it is saved or priced.
 *
 * @param scheduleOn the day whose schedule in force the offer is priced against; null for today's
 */
public record OfferDraft(String name, @Nullable String note, @Nullable LocalDate scheduleOn, Elasticities elasticities,
                         List<Part> parts) {

    public OfferDraft {
        parts = List.copyOf(parts);
    }
}
