package org.bilateral.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bilateral.policy.measures.AntidumpingOrder;
import org.bilateral.policy.measures.HtsNumber;
import org.bilateral.policy.measures.Measures;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.bilateral.tradestats.ProductFlows;
import org.springframework.stereotype.Component;

/** What market-economy status is worth: the orders a non-market-economy method applies to and the imports in their numbers. */
@Component
class OrdersAtStake {

    private final Measures measures;
    private final StakesFigures figures;
    private final OrderNumbers numbers;

    OrdersAtStake(Measures measures, StakesFigures figures, OrderNumbers numbers) {
        this.measures = measures;
        this.figures = figures;
        this.numbers = numbers;
    }

    MarketEconomyStakes of(StakesRequest request) {
        CountryCode importer = Measures.UNITED_STATES;
        CountryCode partner = request.partner();
        List<AntidumpingOrder> orders = measures.orders(partner);
        Integer year = figures.year(request.year(), importer, partner);
        List<String> leavesOut = new ArrayList<>(List.of(
                "Imports are counted by the HTS numbers the notices print; an order's scope is its written description, which "
                        + "may be narrower or wider than its numbers.",
                "Orders without known HTS numbers are listed, their trade not estimated."));
        // Numbers of an older HS edition are matched as the statistics hold them in HS 2022 (OrderNumbers).
        OrderNumbers.Matched matched = numbers.of(orders);
        leavesOut.addAll(matched.notes());
        Set<String> allCodes = new TreeSet<>(matched.digits().values());
        Set<String> union = StakesFigures.withoutCovered(allCodes);
        Map<String, Map<Integer, ProductFlows.CodeYear>> byCode = year == null || allCodes.isEmpty() ? Map.of()
                : figures.byCode(importer, partner, Flow.IMPORT, allCodes, year);
        List<Integer> years = StakesFigures.years(byCode);
        if (year == null) {
            leavesOut.add("No " + importer.value() + " import statistics from " + partner.value()
                    + " are imported: the orders are listed without their trade.");
        }
        List<MarketEconomyStakes.Order> lines = new ArrayList<>();
        for (AntidumpingOrder o : orders) {
            Set<String> codes = StakesFigures.withoutCovered(o.codes().stream().map(c -> matched.digits().get(c.printed()))
                    .collect(TreeSet::new, Set::add, Set::addAll));
            lines.add(new MarketEconomyStakes.Order(o, codes.isEmpty() ? List.of() : StakesFigures.figures(codes, years, byCode)));
        }
        long withCodes = orders.stream().filter(o -> !o.codes().isEmpty()).count();
        return new MarketEconomyStakes(importer, partner, years, lines, StakesFigures.figures(union, years, byCode), withCodes,
                orders.size() - withCodes, figures.provenance(importer, partner, years,
                        List.of(measures.source(measures.ordersFile(partner))), leavesOut));
    }

}
