package org.bilateral.commitments.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.bilateral.commitments.Deal;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Period;
import org.jspecify.annotations.Nullable;

/**
 * What the committed deals' delivery schedules add to the buyer's purchases after the latest month of statistics, and
 * what that does to the gap: the buyer's surplus with the seller in the base year, held flat, with and without them.
 *
 * @param after        deliveries up to this month are already in the statistics; only later ones are projected
 * @param baseYear     the latest full year of the statistics, whose gap is held flat
 * @param gapUsd       the buyer's surplus with the seller in the base year (the seller's deficit)
 * @param closedBy     the year in which the last scheduled delivery falls
 * @param notProjected counted deals without a schedule, whose value the projection cannot place in time
 * @param fromReports  counted deals without a schedule placed by what their buyer last reported instead
 * @param mismatched   placed deals whose schedule adds up to more or less than the deal's value: placed as scheduled,
 *                     and named so that someone checks which is right
 */
public record Projection(CountryCode buyer, CountryCode seller, StatisticsSide statistics, YearMonth after, @Nullable Integer baseYear,
                         @Nullable BigDecimal gapUsd, List<Year> years, List<Quarter> quarters, List<Product> products,
                         BigDecimal expectedUsd, @Nullable BigDecimal shareOfGap, @Nullable Integer closedBy, List<NotProjected> notProjected,
                         List<FromReport> fromReports, List<Mismatched> mismatched, boolean synthetic) {

    /** A scheduled deal whose schedule does not add up to its value, with both figures. */
    public record Mismatched(long dealId, String deal, Deal.ScheduleMismatch mismatch) {
    }

    /**
     * What a buyer reported delivered of a deal by the end of a reporting period (a total to date), in its newest report
     * for that period.
     */
    public record Delivered(long dealId, Period period, @Nullable BigDecimal toDateUsd, LocalDate reportedOn) {
    }

    /** What a buyer expects to buy of a product in a year, from the latest period it forecast in. */
    public record Forecast(long buyerId, String hsCode, int year, @Nullable BigDecimal valueUsd, LocalDate reportedOn) {
    }

    /**
     * A deal without a schedule that the buyer's own reports place: {@code placedUsd} of it falls after the statistics.
     *
     * @param reportedOn the date of the latest report used
     */
    public record FromReport(long dealId, String deal, LocalDate reportedOn, BigDecimal placedUsd) {
    }

    /** A year: deliveries expected in it, and the gap without and with them. */
    public record Year(int year, BigDecimal expectedUsd, @Nullable BigDecimal gapWithoutDealsUsd, @Nullable BigDecimal gapWithDealsUsd, @Nullable BigDecimal shareOfGap) {
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
    public record NotProjected(long dealId, String deal, @Nullable BigDecimal valueLowUsd, @Nullable BigDecimal valueHighUsd, Unplaced why, CountryCode seller) {

        /** Why, in English, for the command line and the workbook. */
        public String reason() {
            return why.reason.formatted(seller);
        }

        /** What would place it, in English. */
        public String todo() {
            return why.todo;
        }

        static final Comparator<NotProjected> LARGEST_FIRST = Comparator.comparing(
                (NotProjected n) -> n.valueHighUsd() != null ? n.valueHighUsd() : n.valueLowUsd(),
                Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(NotProjected::dealId);
    }

    /** The projection of deals' schedules alone, no buyer having reported. */
    static Projection project(CountryCode buyer, CountryCode seller, StatisticsSide statistics, List<Deal> deals, YearMonth after,
                              @Nullable Integer baseYear, @Nullable BigDecimal gap, boolean synthetic) {
        return project(buyer, seller, statistics, deals, List.of(), List.of(), after, baseYear, gap, synthetic);
    }

    /**
     * Spreads each scheduled delivery evenly over its period's months and keeps the months after {@code after}. A deal
     * without a valued schedule is placed by its buyer's reports instead, when there are any:
     * <ul>
     * <li>deliveries: each reported total to date less the one before it (by period) was delivered in that period, spread
     * evenly over its months;</li>
     * <li>forecasts of the deal's goods (one HS code beginning the other), from the month after the last reported period:
     * each year's value evenly over its twelve months, month by month until the deal's value less what was delivered is
     * used up (a forecast is of all the buyer's purchases of the product, from any seller; the deal bounds what it buys
     * under this deal). A forecast places one deal only, the buyer's first, so that two deals never count it twice.</li>
     * </ul>
     */
    static Projection project(CountryCode buyer, CountryCode seller, StatisticsSide statistics, List<Deal> deals, List<Delivered> delivered,
                              List<Forecast> forecasts, YearMonth after, @Nullable Integer baseYear, @Nullable BigDecimal gap, boolean synthetic) {
        Map<Long, List<Delivered>> deliveredByDeal = delivered.stream().collect(Collectors.groupingBy(Delivered::dealId));
        List<Forecast> unused = new ArrayList<>(forecasts.stream().filter(f -> f.valueUsd() != null)
                .sorted(Comparator.comparing(Forecast::year).thenComparing(Forecast::hsCode)).toList());
        List<FromReport> fromReports = new ArrayList<>();
        List<Mismatched> mismatched = new ArrayList<>();
        Map<YearMonth, BigDecimal> byMonth = new TreeMap<>();
        Map<String, Map<Integer, BigDecimal>> byProduct = new TreeMap<>();
        List<NotProjected> notProjected = new ArrayList<>();
        for (Deal d : deals) {
            if (!d.counted() || !buyer.value().equals(d.buyerCountry())) {
                continue;
            }
            String label = d.label();
            if (d.seller() == null || !seller.value().equals(d.sellerCountry())) {
                notProjected.add(new NotProjected(d.id().value(), label, d.valueLowUsd(), d.valueHighUsd(),
                        d.seller() == null ? Unplaced.SELLER_NOT_NAMED : Unplaced.SELLER_ELSEWHERE, seller));
                continue;
            }
            List<Deal.Delivery> valued = d.deliveries().stream().filter(x -> x.valueUsd() != null).toList();
            List<String> codes = d.hsCodes().isEmpty() ? List.of("unclassified") : d.hsCodes();
            if (valued.isEmpty() && d.deliveries().isEmpty()) {
                ByBuyer reported = fromBuyer(d, deliveredByDeal.getOrDefault(d.id().value(), List.of()), unused);
                if (reported != null) {
                    BigDecimal placed = BigDecimal.ZERO;
                    for (Map.Entry<YearMonth, BigDecimal> e : reported.byMonth().entrySet()) {
                        if (e.getKey().isAfter(after)) {
                            place(e.getKey(), e.getValue(), codes, byMonth, byProduct);
                            placed = placed.add(e.getValue());
                        }
                    }
                    fromReports.add(new FromReport(d.id().value(), label, reported.reportedOn(), money(placed)));
                    continue;
                }
            }
            if (valued.isEmpty()) {
                notProjected.add(new NotProjected(d.id().value(), label, d.valueLowUsd(), d.valueHighUsd(),
                        d.deliveries().isEmpty() ? Unplaced.NO_SCHEDULE : Unplaced.SCHEDULE_WITHOUT_VALUES, seller));
                continue;
            }
            d.scheduleMismatch().ifPresent(m -> mismatched.add(new Mismatched(d.id().value(), label, m)));
            for (Deal.Delivery delivery : valued) {
                BigDecimal perMonth = Objects.requireNonNull(delivery.valueUsd()).divide(BigDecimal.valueOf(delivery.period().months()), 10, RoundingMode.HALF_EVEN);
                for (YearMonth m = delivery.period().first(); !m.isAfter(delivery.period().last()); m = m.plusMonths(1)) {
                    if (m.isAfter(after)) {
                        place(m, perMonth, codes, byMonth, byProduct);
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
            years.add(new Year(e.getKey(), money(e.getValue()), moneyOrNone(gap), gap == null ? null : money(gap.subtract(e.getValue())),
                    share(e.getValue(), gap)));
        }
        List<Quarter> quarters = byQuarter.entrySet().stream().map(e -> new Quarter(e.getKey(), money(e.getValue()))).toList();
        List<Product> products = new ArrayList<>();
        byProduct.forEach((code, perYear) -> perYear.forEach((year, v) -> products.add(new Product(code, year, money(v)))));
        @Nullable Integer closedBy = byYear.isEmpty() ? null : ((TreeMap<Integer, BigDecimal>) byYear).lastKey();
        return new Projection(buyer, seller, statistics, after, baseYear, moneyOrNone(gap), years, quarters, products, money(total),
                share(total, gap), closedBy, notProjected.stream().sorted(NotProjected.LARGEST_FIRST).toList(),
                fromReports.stream().sorted(Comparator.comparing(FromReport::dealId)).toList(), List.copyOf(mismatched), synthetic);
    }

    private static void place(YearMonth m, BigDecimal value, List<String> codes, Map<YearMonth, BigDecimal> byMonth,
                              Map<String, Map<Integer, BigDecimal>> byProduct) {
        byMonth.merge(m, value, BigDecimal::add);
        BigDecimal perProduct = value.divide(BigDecimal.valueOf(codes.size()), 10, RoundingMode.HALF_EVEN);
        for (String code : codes) {
            byProduct.computeIfAbsent(code, c -> new TreeMap<>()).merge(m.getYear(), perProduct, BigDecimal::add);
        }
    }

    /** A deal's purchases by month as its buyer reported them, and the date of the latest report read. */
    private record ByBuyer(LocalDate reportedOn, Map<YearMonth, BigDecimal> byMonth) {
    }

    /**
     * A deal's purchases by month as its buyer reported them (see {@link #project}), every month whether or not the
     * statistics already hold it; null when the buyer reported nothing that places the deal. Takes the forecasts it uses
     * out of {@code unused}.
     */
    private static @Nullable ByBuyer fromBuyer(Deal d, List<Delivered> delivered, List<Forecast> unused) {
        Map<YearMonth, BigDecimal> byMonth = new TreeMap<>();
        @Nullable LocalDate reportedOn = null;
        BigDecimal before = BigDecimal.ZERO;
        @Nullable YearMonth reportedTo = null;
        for (Delivered x : delivered.stream().sorted(Comparator.comparing(Delivered::period)).toList()) {
            BigDecimal toDate = x.toDateUsd();
            if (toDate == null) {
                continue;
            }
            // A total lower than the one before it corrects it: nothing was delivered in the period, nothing taken back.
            BigDecimal inPeriod = toDate.subtract(before).max(BigDecimal.ZERO);
            spread(inPeriod, x.period(), byMonth);
            before = before.max(toDate);
            reportedTo = x.period().last();
            reportedOn = latest(reportedOn, x.reportedOn());
        }
        List<Forecast> mine = unused.stream().filter(f -> f.buyerId() == d.buyerId() && related(f.hsCode(), d.hsCodes())).toList();
        unused.removeAll(mine);
        BigDecimal value = d.valueUsd();
        @Nullable BigDecimal left = value == null ? null : value.subtract(before).max(BigDecimal.ZERO);
        for (Forecast f : mine) {
            reportedOn = latest(reportedOn, f.reportedOn());
            BigDecimal perMonth = Objects.requireNonNull(f.valueUsd(), "forecasts without a value are left out before").divide(BigDecimal.valueOf(12), 10, RoundingMode.HALF_EVEN);
            for (YearMonth m = YearMonth.of(f.year(), 1); m.getYear() == f.year(); m = m.plusMonths(1)) {
                if (reportedTo != null && !m.isAfter(reportedTo)) {
                    continue; // the reported deliveries to date cover it
                }
                BigDecimal v = left == null ? perMonth : perMonth.min(left);
                if (v.signum() > 0) {
                    byMonth.merge(m, v, BigDecimal::add);
                }
                if (left != null) {
                    left = left.subtract(v);
                }
            }
        }
        return reportedOn == null ? null : new ByBuyer(reportedOn, byMonth);
    }

    private static void spread(BigDecimal value, Period period, Map<YearMonth, BigDecimal> byMonth) {
        if (value.signum() == 0) {
            return;
        }
        BigDecimal perMonth = value.divide(BigDecimal.valueOf(period.months()), 10, RoundingMode.HALF_EVEN);
        for (YearMonth m = period.first(); !m.isAfter(period.last()); m = m.plusMonths(1)) {
            byMonth.merge(m, perMonth, BigDecimal::add);
        }
    }

    private static LocalDate latest(@Nullable LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    /** A forecast is of a deal's goods when one HS code begins the other (1201 and 120190). */
    private static boolean related(String forecastCode, List<String> dealCodes) {
        return dealCodes.stream().anyMatch(c -> c.startsWith(forecastCode) || forecastCode.startsWith(c));
    }

    private static BigDecimal money(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_EVEN);
    }

    private static @Nullable BigDecimal moneyOrNone(@Nullable BigDecimal v) {
        return v == null ? null : money(v);
    }

    /** A year's deliveries as a share of the annual gap; null when there is no gap to close. */
    private static @Nullable BigDecimal share(BigDecimal expected, @Nullable BigDecimal gap) {
        return gap == null || gap.signum() <= 0 ? null : expected.divide(gap, 4, RoundingMode.HALF_EVEN);
    }
}
