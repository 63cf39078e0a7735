package org.bilateral.hill;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Period;
import org.bilateral.shared.Said;
import org.bilateral.shared.Share;
import org.bilateral.shared.UsState;
import org.bilateral.tradestats.StateTrade;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Use case: the map of the fifty states and DC, each shaded by its trade with the partner in a year: its exports, its
 * imports, its exports of one product, or the change in its exports against the same months of the year before (like for
 * like). Every state is a region, with or without a figure, so that the map and the table under it list the same 51.
 */
@Service
public class StateMap {

    /** What the map is shaded by. */
    public enum Shading {
        EXPORTS, IMPORTS, CHANGE, PRODUCT;

        public Flow flow() {
            return this == IMPORTS ? Flow.IMPORT : Flow.EXPORT;
        }

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** A shading as a page or a command names it ("exports"); exports when none is named. */
        public static Shading parse(@Nullable String code) {
            if (code == null || code.isBlank()) {
                return EXPORTS;
            }
            for (Shading s : values()) {
                if (s.code().equalsIgnoreCase(code.strip())) {
                    return s;
                }
            }
            throw new InvalidInput("by", Said.of("refusal.hill.notAShading", org.bilateral.shared.Limits.shown(code)));
        }
    }

    /** The USPS codes that are not on the map: the territories, which the state shapes do not draw. */
    static final Set<String> OFF_MAP = Set.of("AS", "GU", "MP", "PR", "UM", "VI");

    /**
     * One state's figure: the year's value and the same months' of the year before, the change between them, and how
     * many months of the year are held for it (fewer than twelve is a partial year). No value where none is held.
     */
    public record Region(UsStateInfo state, @Nullable BigDecimal valueUsd, @Nullable BigDecimal previousUsd, @Nullable Share change,
                         int months) {

        /** What the region is shaded by: its change for {@link Shading#CHANGE}, else its value. */
        public @Nullable BigDecimal shade(Shading by) {
            Share c = change;
            return by == Shading.CHANGE ? (c == null ? null : c.fraction()) : valueUsd;
        }
    }

    /**
     * The map: the shading, the year (null when no state figure is held for the flow), the months held of it, the years
     * to choose from, the product where one was asked, whether the product is finer than the figures hold (the answer is
     * then the coarser code's), whether the figures are synthetic, the 51 regions (shaded largest first, then those
     * without a figure), the trade Census could not place in a state, and the whole (states and unplaced together).
     */
    public record View(Shading by, Flow flow, CountryCode partner, @Nullable Integer year, int months, List<Integer> years,
                       @Nullable HsCode product, boolean detailShort, boolean synthetic, List<Region> regions,
                       BigDecimal unplacedUsd, BigDecimal totalUsd) {

        /** The largest shade of any region, for the map's scale (the largest rise or fall for a change). */
        public BigDecimal largest() {
            return regions.stream().map(r -> r.shade(by)).filter(java.util.Objects::nonNull).map(BigDecimal::abs)
                    .max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
        }
    }

    private final StateTrade trade;
    private final UsStates states;

    StateMap(StateTrade trade, UsStates states) {
        this.trade = trade;
        this.states = states;
    }

    /** The map for a partner, shaded as asked, in a year (the latest held when none). */
    public View of(CountryCode partner, Shading by, @Nullable Integer year, @Nullable HsCode product) {
        if (by == Shading.PRODUCT && product == null) {
            throw new InvalidInput("hs", Said.of("refusal.hill.nameAProduct"));
        }
        Flow flow = by.flow();
        List<Integer> years = trade.held(partner, flow).map(StateMap::years).orElse(List.of());
        Integer chosen = year != null ? year : trade.latestYear(partner, flow).map(StateTrade.HeldYear::year).orElse(null);
        if (year != null && !years.contains(year)) {
            throw new InvalidInput("year", Said.of("refusal.hill.yearNotHeld", String.valueOf(year)));
        }
        List<HsCode> products = product == null || by == Shading.EXPORTS || by == Shading.IMPORTS ? List.of() : List.of(product);
        List<StateTrade.StateChange> changes = chosen == null ? List.of() : trade.yearOnYear(partner, flow, chosen, products);
        Map<String, StateTrade.StateChange> byState = new HashMap<>();
        BigDecimal unplaced = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        int months = 0;
        for (StateTrade.StateChange c : changes) {
            total = total.add(c.valueUsd());
            months = Math.max(months, c.months());
            if (UsState.isState(c.state())) {
                byState.put(c.state(), c);
            } else {
                unplaced = unplaced.add(c.valueUsd());
            }
        }
        List<Region> regions = new ArrayList<>();
        for (UsStateInfo s : states.all()) {
            if (OFF_MAP.contains(s.state().usps())) {
                continue;
            }
            StateTrade.StateChange c = byState.get(s.state().usps());
            regions.add(c == null ? new Region(s, null, null, null, 0)
                    : new Region(s, c.valueUsd(), c.previousUsd(), Movers.change(c.valueUsd(), c.previousUsd()), c.months()));
        }
        regions.sort(largestFirst(by));
        boolean coarser = chosen != null && !products.isEmpty() && trade.detailShort(partner, flow, chosen, products);
        return new View(by, flow, partner, chosen, months, years, product, coarser, trade.synthetic(partner), List.copyOf(regions),
                unplaced, total);
    }

    /** Shaded regions largest first, those without a figure after them; ties and the rest by the state's name. */
    static Comparator<Region> largestFirst(Shading by) {
        return Comparator.<Region, Boolean>comparing(r -> r.shade(by) == null)
                .thenComparing(r -> r.shade(by), Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
                .thenComparing(r -> r.state().name());
    }

    private static List<Integer> years(Period held) {
        return IntStream.rangeClosed(held.first().getYear(), held.last().getYear()).boxed().toList();
    }
}
