package org.bilateral.tradestats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bilateral.shared.ChangeWords;
import org.bilateral.shared.Changes;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The statistics' part of "what changed": for each side of the pair, the months imports brought since the moment and how
 * the balance of those months moved against the same months a year earlier (like for like: only months both flows hold,
 * compared only when both flows hold the year-earlier months too), and the months an import revised.
 */
@Component
class StatisticsChanges implements Changes {

    private final StatisticsChangesStore store;
    private final CountryCode own;
    private final CountryCode partner;

    StatisticsChanges(StatisticsChangesStore store, @Value("${bilateral.pair.own}") String own,
                      @Value("${bilateral.pair.partner}") String partner) {
        this.store = store;
        this.own = CountryCode.of(own);
        this.partner = CountryCode.of(partner);
    }

    private record Side(CountryCode reporter, CountryCode partner) {
    }

    @Override
    public List<Change> since(Instant since) {
        Map<Side, List<StatisticsChangesStore.Arrival>> bySide = new LinkedHashMap<>();
        for (StatisticsChangesStore.Arrival a : store.arrivals(since, own, partner)) {
            bySide.computeIfAbsent(new Side(a.reporter(), a.partner()), s -> new ArrayList<>()).add(a);
        }
        List<Change> changes = new ArrayList<>();
        bySide.forEach((side, arrivals) -> changes.addAll(of(side, arrivals)));
        changes.sort(java.util.Comparator.comparing(Change::at).reversed());
        return changes;
    }

    private List<Change> of(Side side, List<StatisticsChangesStore.Arrival> arrivals) {
        Instant at = arrivals.stream().map(StatisticsChangesStore.Arrival::at).max(Instant::compareTo).orElseThrow();
        boolean synthetic = arrivals.stream().anyMatch(StatisticsChangesStore.Arrival::synthetic);
        String datasets = String.join(", ", new TreeSet<>(arrivals.stream()
                .flatMap(a -> java.util.Arrays.stream(a.datasets().split(", "))).toList()));
        // a month one of whose flows is newly held is new; a month only revised is a revision
        Set<YearMonth> fresh = new TreeSet<>();
        Set<YearMonth> revised = new TreeSet<>();
        arrivals.forEach(a -> (a.revised() ? revised : fresh).add(a.month()));
        revised.removeAll(fresh);
        String href = "/balance?reporter=" + side.reporter().value() + "&partner=" + side.partner().value() + "&by=month";
        List<Change> changes = new ArrayList<>();
        if (!fresh.isEmpty()) {
            Set<YearMonth> wanted = new TreeSet<>(fresh);
            fresh.forEach(m -> wanted.add(m.minusYears(1)));
            Map<YearMonth, Map<String, BigDecimal>> totals = new HashMap<>();
            store.totals(side.reporter(), side.partner(), wanted)
                    .forEach(t -> totals.computeIfAbsent(t.month(), m -> new HashMap<>()).put(t.flow(), t.valueUsd()));
            Set<YearMonth> both = new TreeSet<>();
            fresh.stream().filter(m -> bothFlows(totals.get(m))).forEach(both::add);
            if (!both.isEmpty()) {
                changes.add(balanceLine(side, both, totals, datasets, at, href, synthetic));
            }
            for (String flow : List.of("X", "M")) {
                Set<YearMonth> alone = new TreeSet<>();
                fresh.stream().filter(m -> !both.contains(m) && totals.getOrDefault(m, Map.of()).containsKey(flow)).forEach(alone::add);
                if (!alone.isEmpty()) {
                    changes.add(new Change(Kind.STATISTICS, at, Said.of("since.statistics.oneFlow", ChangeWords.months(alone), datasets,
                            said(side.reporter()), said(side.partner()), Said.of("since.flow." + flow)), href, null, null,
                            datasets, synthetic));
                }
            }
        }
        if (!revised.isEmpty()) {
            changes.add(new Change(Kind.STATISTICS, at, Said.of("since.statistics.revised", ChangeWords.months(revised), datasets,
                    said(side.reporter()), said(side.partner())), href, null, null, datasets, synthetic));
        }
        return changes;
    }

    /** A country by its name in the reader's language ("Hoa Kỳ", "United States"), as every page names one. */
    private static Said said(CountryCode country) {
        return Said.inLanguages(country.name(java.util.Locale.ENGLISH), country.name(java.util.Locale.forLanguageTag("vi")));
    }

    private static boolean bothFlows(@Nullable Map<String, BigDecimal> flows) {
        return flows != null && flows.containsKey("X") && flows.containsKey("M");
    }

    private static BigDecimal balance(Set<YearMonth> months, Map<YearMonth, Map<String, BigDecimal>> totals) {
        BigDecimal sum = BigDecimal.ZERO;
        for (YearMonth m : months) {
            // the caller asks only of months both flows hold
            Map<String, BigDecimal> flows = java.util.Objects.requireNonNull(totals.get(m));
            sum = sum.add(java.util.Objects.requireNonNull(flows.get("X"))).subtract(java.util.Objects.requireNonNull(flows.get("M")));
        }
        return sum;
    }

    /**
     * The balance of the new months both flows hold, against the same months a year earlier when both flows hold those
     * too. The movement is how much larger the balance is in size, as a fraction of the year-earlier one, when both have
     * the same sign (a deficit wider or narrower, a surplus larger or smaller); none when the sign turned or either is zero.
     */
    private static Change balanceLine(Side side, Set<YearMonth> months, Map<YearMonth, Map<String, BigDecimal>> totals,
                                      String datasets, Instant at, String href, boolean synthetic) {
        BigDecimal now = balance(months, totals);
        Set<YearMonth> earlierMonths = new TreeSet<>();
        months.forEach(m -> earlierMonths.add(m.minusYears(1)));
        Said said = ChangeWords.months(months);
        Said earlierSaid = ChangeWords.months(earlierMonths);
        Said r = said(side.reporter());
        Said p = said(side.partner());
        if (!earlierMonths.stream().allMatch(m -> bothFlows(totals.get(m)))) {
            return new Change(Kind.STATISTICS, at, Said.of("since.statistics.noEarlier", said, datasets, r, p,
                    Said.of(now.signum() < 0 ? "since.deficit" : "since.surplus"), ChangeWords.usd(now), earlierSaid),
                    href, null, null, datasets, synthetic);
        }
        BigDecimal then = balance(earlierMonths, totals);
        if (then.signum() == 0 || now.signum() == 0 || then.signum() != now.signum()) {
            return new Change(Kind.STATISTICS, at, Said.of("since.statistics.turned", said, datasets, r, p,
                    Said.of(now.signum() < 0 ? "since.deficit" : "since.surplus"), ChangeWords.usd(now), earlierSaid,
                    Said.of(then.signum() < 0 ? "since.deficit" : "since.surplus"), ChangeWords.usd(then)),
                    href, null, null, datasets, synthetic);
        }
        BigDecimal movement = now.abs().subtract(then.abs()).divide(then.abs(), 4, RoundingMode.HALF_EVEN);
        String key = now.signum() < 0 ? (movement.signum() >= 0 ? "since.statistics.deficitWider" : "since.statistics.deficitNarrower")
                : (movement.signum() >= 0 ? "since.statistics.surplusLarger" : "since.statistics.surplusSmaller");
        return new Change(Kind.STATISTICS, at, Said.of(key, said, datasets, r, p, ChangeWords.usd(now), ChangeWords.percent(movement),
                earlierSaid), href, null, movement, datasets, synthetic);
    }
}
