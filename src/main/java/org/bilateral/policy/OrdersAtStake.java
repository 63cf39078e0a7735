package org.bilateral.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
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
    private final ProductFlows flows;
    private final OrderNumbers numbers;

    OrdersAtStake(Measures measures, StakesFigures figures, ProductFlows flows, OrderNumbers numbers) {
        this.measures = measures;
        this.figures = figures;
        this.flows = flows;
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
        Function<HtsNumber, String> digitsOf = n -> matched.digits().get(n.printed());
        List<MarketEconomyStakes.Order> lines = lines(orders, years, byCode, digitsOf);
        long withCodes = orders.stream().filter(o -> !o.codes().isEmpty()).count();
        List<YearFigure> covered = StakesFigures.figures(union, years, byCode);
        MarketEconomyStakes.Counted counted = covered.isEmpty() ? null
                : counted(covered.get(covered.size() - 1), lines, byCode, digitsOf, flows.detail(importer, partner, Flow.IMPORT,
                        years.get(years.size() - 1)));
        return new MarketEconomyStakes(importer, partner, years, lines, covered, withCodes, orders.size() - withCodes, counted,
                figures.provenance(importer, partner, years, List.of(measures.source(measures.ordersFile(partner))), leavesOut));
    }

    /** At most this many orders are named as making most of the value: more is no longer "one order or few". */
    static final int LEADING = 3;

    /**
     * Each order with the imports in its numbers by year; none for an order without numbers.
     *
     * @param digitsOf a printed number's digits as the statistics hold them (carried to HS 2022 where it was older)
     */
    static List<MarketEconomyStakes.Order> lines(List<AntidumpingOrder> orders, List<Integer> years,
                                                 Map<String, Map<Integer, ProductFlows.CodeYear>> byCode,
                                                 Function<HtsNumber, String> digitsOf) {
        List<MarketEconomyStakes.Order> lines = new ArrayList<>();
        for (AntidumpingOrder o : orders) {
            Set<String> codes = codesOf(o, digitsOf);
            lines.add(new MarketEconomyStakes.Order(o, codes.isEmpty() ? List.of() : StakesFigures.figures(codes, years, byCode)));
        }
        return lines;
    }

    private static Set<String> codesOf(AntidumpingOrder o, Function<HtsNumber, String> digitsOf) {
        return StakesFigures.withoutCovered(o.codes().stream().map(digitsOf).collect(TreeSet::new, Set::add, Set::addAll));
    }

    /**
     * Which orders the latest year's figure counts: an order whose numbers are all beyond the statistics' detail adds
     * nothing, and the fewest orders holding more than half of the value are named, their numbers counted once together.
     */
    static MarketEconomyStakes.Counted counted(YearFigure last, List<MarketEconomyStakes.Order> lines,
                                                       Map<String, Map<Integer, ProductFlows.CodeYear>> byCode,
                                                       Function<HtsNumber, String> digitsOf, OptionalInt detail) {
        int year = last.year();
        record Reached(MarketEconomyStakes.Order order, YearFigure figure) {
        }
        List<Reached> reached = new ArrayList<>();
        List<String> partly = new ArrayList<>();
        List<String> beyond = new ArrayList<>();
        for (MarketEconomyStakes.Order o : lines) {
            YearFigure y = o.imports().stream().filter(f -> f.year() == year).findFirst().orElse(null);
            if (y == null) {
                continue;
            }
            int numbers = codesOf(o.order(), digitsOf).size();
            if (y.unmeasured().size() == numbers) {
                beyond.add(o.order().caseNumber());
            } else {
                reached.add(new Reached(o, y));
                if (!y.unmeasured().isEmpty()) {
                    partly.add(o.order().caseNumber());
                }
            }
        }
        reached.sort(Comparator.comparing((Reached r) -> r.figure().valueUsd()).reversed()
                .thenComparing(r -> r.order().order().caseNumber()));
        List<String> leading = List.of();
        BigDecimal leadingUsd = null;
        if (last.valueUsd().signum() > 0) {
            Set<String> codes = new TreeSet<>();
            for (int k = 0; k < Math.min(LEADING, reached.size()); k++) {
                codes.addAll(codesOf(reached.get(k).order().order(), digitsOf));
                BigDecimal value = StakesFigures.figures(StakesFigures.withoutCovered(codes), List.of(year), byCode).get(0).valueUsd();
                if (value.multiply(BigDecimal.valueOf(2)).compareTo(last.valueUsd()) > 0) {
                    leading = reached.subList(0, k + 1).stream().map(r -> r.order().order().caseNumber()).toList();
                    leadingUsd = value;
                    break;
                }
            }
        }
        return new MarketEconomyStakes.Counted(last, detail.isPresent() ? detail.getAsInt() : null,
                reached.stream().map(r -> r.order().order().caseNumber()).toList(), List.copyOf(partly), List.copyOf(beyond),
                leading, leadingUsd);
    }

}
