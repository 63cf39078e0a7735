package org.bilateral.tradestats.importing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rebuilds trade_quantity for the years of flow an import touched: each subheading's quantity by unit and year, summed
 * from the figures of the year's most detailed slices ({@link HeldSlices}) at the subheading or finer, as the national
 * lines are. Years without quantities before or after cost one delete.
 */
@Component
class QuantityTotals {

    private final JdbcTemplate template;
    private final HeldSlices heldSlices;

    QuantityTotals(JdbcTemplate template, HeldSlices heldSlices) {
        this.template = template;
        this.heldSlices = heldSlices;
    }

    /**
     * @param quantitiesImported whether the import brought any figure with a quantity: when it did not and the years held
     *                           none before, there is nothing to rebuild
     */
    void refresh(Collection<YearOfFlow> years, boolean quantitiesImported) {
        Map<String, List<YearOfFlow>> byFlow = new LinkedHashMap<>();
        years.forEach(y -> byFlow.computeIfAbsent(y.reporter() + y.partner() + y.flow(), k -> new ArrayList<>()).add(y));
        for (List<YearOfFlow> flow : byFlow.values()) {
            YearOfFlow any = flow.get(0);
            Set<Integer> wanted = new TreeSet<>(flow.stream().map(YearOfFlow::year).toList());
            int removed = template.update("delete from trade_quantity where reporter = ? and partner = ? and flow = ? and year = any(?::int[])",
                    any.reporter(), any.partner(), any.flow(), StoreSql.arrayOf(wanted));
            if (removed == 0 && !quantitiesImported) {
                continue;
            }
            HeldSlices.Held held = heldSlices.of(any.reporter(), any.partner(), any.flow(), Collections.min(wanted), Collections.max(wanted))
                    .only(s -> wanted.contains(s.year()) && s.hsLevel() >= 6);
            if (held.slices().isEmpty()) {
                continue;
            }
            // As the value totals do (TotalsStore.sumFromFigures): one flow's slices have keys in one range, which the
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
                    any.reporter(), any.partner(), any.flow(), StoreSql.arrayOf(List.of(held.keys())),
                    StoreSql.arrayOf(List.of(held.yearsOfKeys())), StoreSql.arrayOf(List.of(held.imports())), held.lowest(),
                    held.highest());
            template.execute("set local enable_sort to default");
            template.execute("set local work_mem to default");
        }
    }
}
