package org.bilateral.policy;

import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;
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
                                  List<YearFigure> covered, long ordersWithCodes, long ordersWithoutCodes, @Nullable Counted counted,
                                  Provenance provenance)
        implements TopicStakes {

    /**
     * What the latest year's figure counts, so that a headline says no more than was counted: an order whose numbers are
     * all more detailed than the statistics adds nothing to it, and one order may make all of it.
     *
     * @param year         the latest year's imports in the numbers of all the orders, each number once
     * @param detailDigits the HS digits the year's statistics reach (6 for HS6), null when not known
     * @param counted      the orders at least one of whose numbers the statistics reach, by case, largest first
     * @param partly       of those, the orders some of whose numbers are beyond the statistics' detail
     * @param beyond       the orders all of whose numbers are beyond the statistics' detail
     * @param leading      the fewest counted orders (at most {@value OrdersAtStake#LEADING}) whose numbers hold more than half
     *                     of the value, largest first; empty where more are needed or there is no value
     * @param leadingUsd   the imports in the leading orders' numbers, each number once; null without leading orders
     */
    public record Counted(YearFigure year, @Nullable Integer detailDigits, List<String> counted, List<String> partly, List<String> beyond,
                          List<String> leading, @Nullable BigDecimal leadingUsd) {

        /** Whether the leading orders are all the counted ones: the whole figure is theirs. */
        public boolean allLeading() {
            return !leading.isEmpty() && leading.size() == counted.size();
        }
    }

    /** One order with the imports in its HTS codes; none for an order whose codes are not known. */
    public record Order(AntidumpingOrder order, List<YearFigure> imports) {

        /**
         * The digits of the HTS numbers the order's notice prints (none when not known): the goods under the order, for
         * a module that may not read the measure files' types (who to see on the Hill).
         */
        public List<String> digits() {
            return order.codes().stream().map(org.bilateral.policy.measures.HtsNumber::digits).toList();
        }

        /** The order's case number ("A-552-801"), as the notice prints it. */
        public String caseNumber() {
            return order.caseNumber();
        }
    }

    public @Nullable YearFigure coveredIn(int year) {
        return covered.stream().filter(y -> y.year() == year).findFirst().orElse(null);
    }
}
