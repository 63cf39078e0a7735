package org.bilateral.tradestats.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import java.util.Objects;

/**
 * The slices each year's figures are read from: each period's most detailed (a file may hold HS2 and HS10 lines of the
 * same month; counting both would count twice), monthly where the year has months, else its annual figure. What the
 * national lines are summed from at a query, and the quantities at an import.
 */
@Component
public class HeldSlices {

    /** A year's most detailed statistics: monthly where it has months, at the level of its coarsest period's slice. */
    public record Detail(int year, char freq, int level, int periods) {
    }

    /** One slice of figures a year is read from: its import, key and HS level. */
    public record Slice(long importId, long sliceKey, int year, char freq, int hsLevel) {
    }

    /**
     * The slices held and each year's detail. One reporter's slices of one partner and flow have keys in one range (the
     * key packs reporter, partner and flow above the month): the block-range index on the key finds their pages in one
     * pass over its ranges (between lowest and highest), where a search per key took 72 passes; the list of keys then
     * picks the slices held.
     */
    public record Held(Map<Integer, Detail> detail, List<Slice> slices, Map<Long, Integer> years) {

        public int yearOf(long sliceKey) {
            return Objects.requireNonNull(years.get(sliceKey), "a slice of the years held");
        }

        public Long[] imports() {
            return slices.stream().map(Slice::importId).distinct().toArray(Long[]::new);
        }

        public Long[] keys() {
            return slices.stream().map(Slice::sliceKey).toArray(Long[]::new);
        }

        public Integer[] yearsOfKeys() {
            return slices.stream().map(Slice::year).toArray(Integer[]::new);
        }

        public long lowest() {
            return slices.stream().mapToLong(Slice::sliceKey).min().orElseThrow();
        }

        public long highest() {
            return slices.stream().mapToLong(Slice::sliceKey).max().orElseThrow();
        }

        /** The same, of the slices kept. */
        public Held only(Predicate<Slice> kept) {
            return new Held(detail, slices.stream().filter(kept).toList(), years);
        }
    }

    private final HeldSlicesStore store;

    HeldSlices(HeldSlicesStore store) {
        this.store = store;
    }

    public Held of(String reporter, String partner, String flow, int fromYear, int toYear) {
        Map<Integer, Detail> detail = detail(reporter, partner, flow, fromYear, toYear);
        List<Slice> slices = store.mostDetailedSlices(reporter, partner, flow, fromYear, toYear).stream()
                .filter(h -> detail.containsKey(h.year()) && detail.get(h.year()).freq() == h.freq()).toList();
        Map<Long, Integer> years = new HashMap<>();
        slices.forEach(h -> years.put(h.sliceKey(), h.year()));
        return new Held(detail, slices, years);
    }

    /**
     * Each year's detail alone: which frequency the year is read in (its months where it has any, else its annual
     * figure), the rule the year's totals follow, for whoever reads its months and its annual figure side by side.
     */
    public Map<Integer, Detail> detail(String reporter, String partner, String flow, int fromYear, int toYear) {
        Map<Integer, Detail> detail = new HashMap<>();
        for (Detail d : store.details(reporter, partner, flow, fromYear, toYear)) {
            // a year's months, where it has any, rather than its annual figure
            detail.merge(d.year(), d, (a, b) -> a.freq() == 'M' ? a : b);
        }
        return detail;
    }
}
