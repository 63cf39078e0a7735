package org.bilateral.tradestats.importing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rebuilds trade_quantity for the years of flow an import touched: each subheading's quantity by unit and year, summed
 * from the figures of the year's most detailed slices ({@link HeldSlices}) at the subheading or finer, as the national
 * lines are. Years without quantities before or after cost one delete.
 */
@Component
class QuantityStore {

    private final JdbcClient jdbc;
    private final HeldSlices heldSlices;

    QuantityStore(JdbcClient jdbc, HeldSlices heldSlices) {
        this.jdbc = jdbc;
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
            int removed = jdbc.sql("delete from trade_quantity where reporter = :r and partner = :p and flow = :f and year = any(:years::int[])")
                    .param("r", any.reporter()).param("p", any.partner()).param("f", any.flow()).param("years", StoreSql.arrayOf(wanted))
                    .update();
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
            jdbc.sql("set local work_mem = '128MB'").update();
            jdbc.sql("set local enable_sort = off").update();
            jdbc.sql("""
                    insert into trade_quantity (reporter, partner, flow, year, subheading, unit, quantity, value_usd)
                    select :r, :p, :f, k.year, left(f.hs_code, 6), f.quantity_unit, sum(f.quantity), sum(f.value_usd)
                    from trade_figure f join unnest(:keys::bigint[], :years::int[]) k(slice_key, year) on k.slice_key = f.slice_key
                    where f.import_id = any(:imports::bigint[]) and f.slice_key between :lowest and :highest
                      and f.quantity is not null and f.quantity_unit is not null
                    group by k.year, left(f.hs_code, 6), f.quantity_unit""")
                    .param("r", any.reporter()).param("p", any.partner()).param("f", any.flow())
                    .param("keys", StoreSql.arrayOf(List.of(held.keys()))).param("years", StoreSql.arrayOf(List.of(held.yearsOfKeys())))
                    .param("imports", StoreSql.arrayOf(List.of(held.imports()))).param("lowest", held.lowest())
                    .param("highest", held.highest()).update();
            jdbc.sql("set local enable_sort to default").update();
            jdbc.sql("set local work_mem to default").update();
        }
    }
}
