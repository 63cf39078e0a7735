package org.bilateral.offers;

import java.math.BigDecimal;
import org.bilateral.shared.Share;
import org.jspecify.annotations.Nullable;

/**
 * The offer in one phase year, against the statistics year held flat.
 *
 * @param divertedUsd             the trade diverted from other suppliers where they are known (products whose competitors
 *                                are not held add none)
 * @param addedCifUsd             created + diverted, as Vietnam records imports (CIF)
 * @param addedUsValuedUsd        the same as the US records its exports (FOB/FAS): ÷ the CIF/FOB factor
 * @param ofUsMeasuredDeficit     added (US-valued) ÷ the US deficit with Vietnam by US statistics; null when not held or
 *                                not a deficit
 * @param ofVietnamMeasuredSurplus added (CIF) ÷ Vietnam's surplus with the US by Vietnam's statistics; null likewise
 * @param products                the products the offer touches in the year
 * @param productsWithoutCompetitors those of them whose imports from other suppliers are not held: their diversion is not
 *                                known, and {@code divertedUsd} holds none of it
 */
public record YearEffect(int year, BigDecimal revenueForgoneUsd, BigDecimal revenueLowUsd, BigDecimal revenueHighUsd,
                         BigDecimal createdUsd, BigDecimal divertedUsd, BigDecimal addedCifUsd, BigDecimal addedUsValuedUsd,
                         @Nullable Share ofUsMeasuredDeficit, @Nullable Share ofVietnamMeasuredSurplus, int products,
                         int productsWithoutCompetitors) {

    /** Whether no product's diversion is known: the diverted figure is then "not known", never a zero. */
    public boolean diversionNotKnown() {
        return products > 0 && productsWithoutCompetitors == products;
    }

    /** The trade diverted, or null when no product's diversion is known: for tables, where an empty cell says so. */
    public @Nullable BigDecimal divertedIfKnownUsd() {
        return diversionNotKnown() ? null : divertedUsd;
    }

    /** Whether the diverted figure leaves out some products whose competitors are not held (said beside it). */
    public boolean diversionPartlyKnown() {
        return productsWithoutCompetitors > 0 && productsWithoutCompetitors < products;
    }
}
