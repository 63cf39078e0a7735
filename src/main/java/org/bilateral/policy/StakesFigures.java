package org.bilateral.policy;

import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.Provenance;
import org.bilateral.tradestats.ProductFlows;
import org.bilateral.tradestats.TradeBalances;
import org.bilateral.tradestats.StatisticsSources;
import org.springframework.stereotype.Component;

/**
 * What every topic's stakes read alike: the year asked for or the latest the statistics hold whole, each code's trade
 * by year counted once, and the sources and omissions an answer carries.
 */
@Component
class StakesFigures {

    /** Years shown before the year asked for: enough to see a trend, few enough to read. */
    static final int YEARS_SHOWN = 6;

    private final ProductFlows flows;
    private final TradeBalances balances;
    private final StatisticsSources statisticsSources;

    StakesFigures(ProductFlows flows, TradeBalances balances, StatisticsSources statisticsSources) {
        this.flows = flows;
        this.balances = balances;
        this.statisticsSources = statisticsSources;
    }

    /** Each code's trade by year, by code, for the years shown up to the one given. */
    Map<String, Map<Integer, ProductFlows.CodeYear>> byCode(CountryCode reporter, CountryCode partner, Flow flow, Set<String> codes,
                                                           int year) {
        Map<String, Map<Integer, ProductFlows.CodeYear>> byCode = new HashMap<>();
        for (ProductFlows.CodeYear c : flows.years(reporter, partner, flow, codes.stream().map(HsCode::of).toList(),
                year - YEARS_SHOWN + 1, year)) {
            byCode.computeIfAbsent(c.code().digits(), k -> new HashMap<>()).put(c.year(), c);
        }
        return byCode;
    }

    /** The years any code has figures in, in order. */
    static List<Integer> years(Map<String, Map<Integer, ProductFlows.CodeYear>> byCode) {
        return byCode.values().stream().flatMap(m -> m.keySet().stream()).distinct().sorted().toList();
    }

    /** The year asked for, else the latest the statistics hold whole; null without statistics. */
    @Nullable Integer year(@Nullable Integer asked, CountryCode reporter, CountryCode partner) {
        return asked != null ? asked : balances.latestFullYear(reporter, partner).orElse(null);
    }

    /** Codes without those another code of the set covers (0304 covers 030420): each line is counted once. */
    static Set<String> withoutCovered(Set<String> codes) {
        Set<String> kept = new TreeSet<>();
        for (String code : codes) {
            boolean covered = codes.stream().anyMatch(other -> other.length() < code.length() && code.startsWith(other));
            if (!covered) {
                kept.add(code);
            }
        }
        return kept;
    }

    /** The sum of the codes' trade in each year, naming the codes the year's statistics are not detailed enough for. */
    static List<YearFigure> figures(Set<String> codes, List<Integer> years, Map<String, Map<Integer, ProductFlows.CodeYear>> byCode) {
        List<YearFigure> result = new ArrayList<>();
        for (int year : years) {
            BigDecimal sum = BigDecimal.ZERO;
            int months = 0;
            List<String> unmeasured = new ArrayList<>();
            for (String code : codes) {
                ProductFlows.CodeYear c = byCode.getOrDefault(code, Map.of()).get(year);
                if (c == null) {
                    continue;
                }
                months = Math.max(months, c.months());
                if (c.valueUsd() == null) {
                    unmeasured.add(code);
                } else {
                    sum = sum.add(c.valueUsd());
                }
            }
            result.add(new YearFigure(year, sum, months, unmeasured));
        }
        return result;
    }

    Provenance provenance(CountryCode reporter, CountryCode partner, List<Integer> years, List<String> files,
                                  List<String> leavesOut) {
        List<String> sources = new ArrayList<>(files);
        boolean synthetic = false;
        if (!years.isEmpty()) {
            StatisticsSources.Sourced statistics = statisticsSources.sourced(reporter, partner, years);
            sources.addAll(statistics.lines());
            synthetic = statistics.synthetic();
        }
        return new Provenance(List.copyOf(sources), List.copyOf(leavesOut), synthetic);
    }
}
