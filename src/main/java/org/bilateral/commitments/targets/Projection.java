package org.bilateral.commitments.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bilateral.commitments.Deal;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Period;

/**
 * What the committed deals' delivery schedules add to the buyer's purchases after the latest month of statistics, and
 * what that does to the gap: the buyer's surplus with the seller in the base year, held flat, with and without them.
 *
 * @param after        deliveries up to this month are already in the statistics; only later ones are projected
 * @param baseYear     the latest full year of the statistics, whose gap is held flat
 * @param gapUsd       the buyer's surplus with the seller in the base year (the seller's deficit)
 * @param closedBy     the year in which the last scheduled delivery falls
 * @param notProjected counted deals without a schedule, whose value the projection cannot place in time
 */
public record Projection(CountryCode buyer, CountryCode seller, StatisticsSide statistics, YearMonth after, Integer baseYear,
                         BigDecimal gapUsd, List<Year> years, List<Quarter> quarters, List<Product> products,
                         BigDecimal expectedUsd, BigDecimal shareOfGap, Integer closedBy, List<NotProjected> notProjected,
                         boolean synthetic) {

    /** A year: deliveries expected in it, and the gap without and with them. */
    public record Year(int year, BigDecimal expectedUsd, BigDecimal gapWithoutDealsUsd, BigDecimal gapWithDealsUsd, BigDecimal shareOfGap) {
    }

    public record Quarter(Period quarter, BigDecimal expectedUsd) {
    }

    /** Expected purchases of one product (the HS code the deal names) in one year. */
    public record Product(String hsCode, int year, BigDecimal expectedUsd) {
    }

    /** Why a counted deal cannot be placed in the projection, and so what would place it. */
    public enum Unplaced {
        SELLER_NOT_NAMED("the seller is not named", "name the seller on the deal's page or in the deals file"),
        SELLER_ELSEWHERE("the seller is not in %s", "nothing: its purchases are not from this partner"),
        NO_SCHEDULE("no delivery schedule", "ask the buyer for its schedule, or enter it on the deal's page"),
        SCHEDULE_WITHOUT_VALUES("the schedule has no values", "give each delivery its value on the deal's page");

        private final String reason;
        private final String todo;

        Unplaced(String reason, String todo) {
            this.reason = reason;
            this.todo = todo;
        }

        /** As named in the messages: {@code projection.unplaced.no_schedule}, {@code projection.todo.no_schedule}. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A counted deal the projection cannot place; listed largest first, as the largest is the one to chase. */
    public record NotProjected(long dealId, String deal, BigDecimal valueLowUsd, BigDecimal valueHighUsd, Unplaced why, CountryCode seller) {

        /** Why, in English, for the command line and the workbook. */
        public String reason() {
            return why.reason.formatted(seller);
        }

        /** What would place it, in English. */
        public String todo() {
            return why.todo;
        }

        static final java.util.Comparator<NotProjected> LARGEST_FIRST = java.util.Comparator.comparing(
                (NotProjected n) -> n.valueHighUsd() != null ? n.valueHighUsd() : n.valueLowUsd(),
                java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())).thenComparing(NotProjected::dealId);
    }

    /** Spreads each scheduled delivery evenly over its period's months and keeps the months after {@code after}. */
    static Projection project(CountryCode buyer, CountryCode seller, StatisticsSide statistics, List<Deal> deals, YearMonth after,
                              Integer baseYear, BigDecimal gap, boolean synthetic) {
        Map<YearMonth, BigDecimal> byMonth = new TreeMap<>();
        Map<String, Map<Integer, BigDecimal>> byProduct = new TreeMap<>();
        List<NotProjected> notProjected = new ArrayList<>();
        for (Deal d : deals) {
            if (!d.counted() || !buyer.value().equals(d.buyerCountry())) {
                continue;
            }
            String label = d.label();
            if (d.seller() == null || !seller.value().equals(d.sellerCountry())) {
                notProjected.add(new NotProjected(d.id(), label, d.valueLowUsd(), d.valueHighUsd(),
                        d.seller() == null ? Unplaced.SELLER_NOT_NAMED : Unplaced.SELLER_ELSEWHERE, seller));
                continue;
            }
            List<Deal.Delivery> valued = d.deliveries().stream().filter(x -> x.valueUsd() != null).toList();
            if (valued.isEmpty()) {
                notProjected.add(new NotProjected(d.id(), label, d.valueLowUsd(), d.valueHighUsd(),
                        d.deliveries().isEmpty() ? Unplaced.NO_SCHEDULE : Unplaced.SCHEDULE_WITHOUT_VALUES, seller));
                continue;
            }
            List<String> codes = d.hsCodes().isEmpty() ? List.of("unclassified") : d.hsCodes();
            for (Deal.Delivery delivery : valued) {
                BigDecimal perMonth = delivery.valueUsd().divide(BigDecimal.valueOf(delivery.period().months()), 10, RoundingMode.HALF_EVEN);
                for (YearMonth m = delivery.period().first(); !m.isAfter(delivery.period().last()); m = m.plusMonths(1)) {
                    if (!m.isAfter(after)) {
                        continue;
                    }
                    byMonth.merge(m, perMonth, BigDecimal::add);
                    BigDecimal perProduct = perMonth.divide(BigDecimal.valueOf(codes.size()), 10, RoundingMode.HALF_EVEN);
                    for (String code : codes) {
                        byProduct.computeIfAbsent(code, c -> new TreeMap<>()).merge(m.getYear(), perProduct, BigDecimal::add);
                    }
                }
            }
        }
        Map<Integer, BigDecimal> byYear = new TreeMap<>();
        Map<Period, BigDecimal> byQuarter = new TreeMap<>();
        byMonth.forEach((m, v) -> {
            byYear.merge(m.getYear(), v, BigDecimal::add);
            byQuarter.merge(Period.quarter(m.getYear(), (m.getMonthValue() + 2) / 3), v, BigDecimal::add);
        });
        List<Year> years = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<Integer, BigDecimal> e : byYear.entrySet()) {
            total = total.add(e.getValue());
            years.add(new Year(e.getKey(), money(e.getValue()), money(gap), gap == null ? null : money(gap.subtract(e.getValue())),
                    share(e.getValue(), gap)));
        }
        List<Quarter> quarters = byQuarter.entrySet().stream().map(e -> new Quarter(e.getKey(), money(e.getValue()))).toList();
        List<Product> products = new ArrayList<>();
        byProduct.forEach((code, perYear) -> perYear.forEach((year, v) -> products.add(new Product(code, year, money(v)))));
        Integer closedBy = byYear.isEmpty() ? null : ((TreeMap<Integer, BigDecimal>) byYear).lastKey();
        return new Projection(buyer, seller, statistics, after, baseYear, money(gap), years, quarters, products, money(total),
                share(total, gap), closedBy, notProjected.stream().sorted(NotProjected.LARGEST_FIRST).toList(), synthetic);
    }

    private static BigDecimal money(BigDecimal v) {
        return v == null ? null : v.setScale(2, RoundingMode.HALF_EVEN);
    }

    /** A year's deliveries as a share of the annual gap; null when there is no gap to close. */
    private static BigDecimal share(BigDecimal expected, BigDecimal gap) {
        return gap == null || gap.signum() <= 0 ? null : expected.divide(gap, 4, RoundingMode.HALF_EVEN);
    }
}
