package org.bilateral.tradestats.importing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rebuilds trade_quantity for the years of flow an import touched: each subheading's quantity by unit and year, summed
 * from the figures of the year's most detailed statistics at the subheading or finer (its months where it has any, else
 * its annual figure), as the value totals are. Years without quantities before or after cost one delete.
 */
@Component
class QuantityTotals {

    private final JdbcTemplate template;

    QuantityTotals(JdbcTemplate template) {
        this.template = template;
    }

    /**
     * @param quantitiesImported whether the import brought any figure with a quantity: when it did not and the years held
     *                           none before, there is nothing to rebuild
     */
    void refresh(Collection<StatisticsStore.YearOfFlow> years, boolean quantitiesImported) {
        Map<String, List<StatisticsStore.YearOfFlow>> byFlow = new LinkedHashMap<>();
        years.forEach(y -> byFlow.computeIfAbsent(y.reporter() + y.partner() + y.flow(), k -> new ArrayList<>()).add(y));
        for (List<StatisticsStore.YearOfFlow> flow : byFlow.values()) {
            StatisticsStore.YearOfFlow any = flow.get(0);
            String yearList = StatisticsStore.arrayOf(flow.stream().map(StatisticsStore.YearOfFlow::year).toList());
            int removed = template.update("delete from trade_quantity where reporter = ? and partner = ? and flow = ? and year = any(?::int[])",
                    any.reporter(), any.partner(), any.flow(), yearList);
            if (removed == 0 && !quantitiesImported) {
                continue;
            }
            List<Long> imports = new ArrayList<>();
            List<Long> keys = new ArrayList<>();
            List<Integer> keyYears = new ArrayList<>();
            template.query("""
                    select import_id, slice_key, year from (
                        select s.import_id, s.freq, s.hs_level, extract(year from s.period)::int as year,
                               figure_slice_key(s.reporter, s.partner, s.flow, s.freq, s.period, s.hs_level) as slice_key,
                               max(s.hs_level) over (partition by s.freq, s.period) as top,
                               bool_or(s.freq = 'M') over (partition by extract(year from s.period)) as monthly
                        from trade_slice s
                        where s.reporter = ? and s.partner = ? and s.flow = ? and extract(year from s.period)::int = any(?::int[])) h
                    where hs_level = top and hs_level >= 6 and (freq = 'M') = monthly""", rs -> {
                if (!imports.contains(rs.getLong(1))) {
                    imports.add(rs.getLong(1));
                }
                keys.add(rs.getLong(2));
                keyYears.add(rs.getInt(3));
            }, any.reporter(), any.partner(), any.flow(), yearList);
            if (keys.isEmpty()) {
                continue;
            }
            // As the value totals do (StatisticsStore.sumFromFigures): one flow's slices have keys in one range, which the
            // block-range index on the key finds in one pass; hashing the groups beats sorting them by text.
            template.execute("set local work_mem = '128MB'");
            template.execute("set local enable_sort = off");
            template.update("""
                    insert into trade_quantity (reporter, partner, flow, year, subheading, unit, quantity, value_usd)
                    select ?, ?, ?, k.year, left(f.hs_code, 6), f.quantity_unit, sum(f.quantity), sum(f.value_usd)
                    from trade_figure f join unnest(?::bigint[], ?::int[]) k(slice_key, year) on k.slice_key = f.slice_key
                    where f.import_id = any(?::bigint[]) and f.slice_key between ? and ?
                      and f.quantity is not null and f.quantity_unit is not null
                    group by k.year, left(f.hs_code, 6), f.quantity_unit""",
                    any.reporter(), any.partner(), any.flow(), StatisticsStore.arrayOf(keys), StatisticsStore.arrayOf(keyYears),
                    StatisticsStore.arrayOf(imports), keys.stream().mapToLong(Long::longValue).min().orElseThrow(),
                    keys.stream().mapToLong(Long::longValue).max().orElseThrow());
            template.execute("set local enable_sort to default");
            template.execute("set local work_mem to default");
        }
    }
}
