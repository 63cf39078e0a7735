package org.bilateral.policy;

import java.util.List;
import org.bilateral.policy.measures.AntidumpingOrder;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Provenance;

/**
 * What market-economy status is worth: the anti-dumping and countervailing duty orders the non-market-economy method
 * applies to, and the importing side's imports from the partner in their HTS codes, by year.
 *
 * @param covered the imports in the HTS codes of all the orders together, each code counted once however many orders
 *                name it (an AD and a CVD order on the same goods)
 */
public record MarketEconomyStakes(CountryCode importer, CountryCode partner, List<Integer> years, List<Order> orders,
                                  List<YearFigure> covered, long ordersWithCodes, long ordersWithoutCodes, Provenance provenance)
        implements TopicStakes {

    /** One order with the imports in its HTS codes; none for an order whose codes are not known. */
    public record Order(AntidumpingOrder order, List<YearFigure> imports) {
    }

    public YearFigure coveredIn(int year) {
        return covered.stream().filter(y -> y.year() == year).findFirst().orElse(null);
    }
}
