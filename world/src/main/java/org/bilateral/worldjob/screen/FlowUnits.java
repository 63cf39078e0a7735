package org.bilateral.worldjob.screen;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.bilateral.risk.ProductSeries;

/**
 * One flow's subheadings' quantities by year, in the unit carrying most of the value that year, as the workbench's
 * {@code risk/TriangleFlows.units} reads them from its quantities: each Comtrade unit's quantity and value summed, kept
 * where the quantity is above zero, units of the same common name (Comtrade's and the Census's words made alike) added
 * together, and of those the one carrying the most value.
 */
final class FlowUnits {

    private record Key(String code, int year, int unit) {
    }

    private final Map<Key, BigDecimal[]> byUnitCode = new HashMap<>();

    /** A subheading's lines in one Comtrade unit (qtyUnitCode) of one year: their quantity and value. */
    void add(String code, int year, int unitCode, BigDecimal quantity, BigDecimal value) {
        byUnitCode.merge(new Key(code, year, unitCode), new BigDecimal[] {quantity, value},
                (a, b) -> new BigDecimal[] {a[0].add(b[0]), a[1].add(b[1])});
    }

    /**
     * @param commonUnits the unit in common words by Comtrade's unit code ({@link Units}); a code without one is no unit
     * @return by subheading, by year, the unit carrying the most value
     */
    Map<String, Map<Integer, ProductSeries.UnitValue>> build(Map<Integer, String> commonUnits) {
        Map<String, Map<Integer, Map<String, ProductSeries.UnitValue>>> byCommon = new HashMap<>();
        byUnitCode.forEach((key, sums) -> {
            String unit = commonUnits.get(key.unit());
            if (unit != null && sums[0].signum() > 0) {
                byCommon.computeIfAbsent(key.code(), c -> new HashMap<>()).computeIfAbsent(key.year(), y -> new HashMap<>())
                        .merge(unit, new ProductSeries.UnitValue(unit, sums[0], sums[1]),
                                (a, b) -> new ProductSeries.UnitValue(a.unit(), a.quantity().add(b.quantity()), a.valueUsd().add(b.valueUsd())));
            }
        });
        // the workbench takes the first maximum of a hash map's values; here ties go to the unit first in order, so that a
        // run gives the same answer whatever order the rows arrived in
        Comparator<ProductSeries.UnitValue> most = Comparator.comparing(ProductSeries.UnitValue::valueUsd)
                .thenComparing(ProductSeries.UnitValue::unit, Comparator.reverseOrder());
        Map<String, Map<Integer, ProductSeries.UnitValue>> units = new HashMap<>();
        byCommon.forEach((code, years) -> years.forEach((year, inUnits) -> units.computeIfAbsent(code, c -> new HashMap<>())
                .put(year, inUnits.values().stream().max(most).orElseThrow())));
        return units;
    }
}
