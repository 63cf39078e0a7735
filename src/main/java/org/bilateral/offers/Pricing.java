package org.bilateral.offers;

import java.util.List;
import org.bilateral.tariffs.Schedule;

/**
 * An offer priced against one year's statistics and the schedule in force on its day.
 *
 * @param years            one per phase year, in order
 * @param products         the final phase year's products, the largest revenue forgone first
 * @param linesCovered     priced lines of the schedule the offer covers
 * @param statisticsCoarse some product is held only coarser than HS6: its lines' cuts are averaged over a heading or chapter
 * @param synthetic        some figure comes from demonstration data
 */
public record Pricing(Offer offer, int statisticsYear, Schedule schedule, List<YearEffect> years, List<ProductEffect> products,
                      Deficit deficit, DealsBeside deals, List<Unpriced> unpriced, int linesCovered, boolean statisticsCoarse,
                      boolean synthetic) {

    public Pricing {
        if (years.isEmpty()) {
            throw new IllegalArgumentException("a pricing has at least one phase year");
        }
        years = List.copyOf(years);
        products = List.copyOf(products);
        unpriced = List.copyOf(unpriced);
    }

    public YearEffect finalYear() {
        return years.get(years.size() - 1);
    }
}
