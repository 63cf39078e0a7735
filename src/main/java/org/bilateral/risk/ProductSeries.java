package org.bilateral.risk;

import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One product's flows by year, in US dollars. A flow the statistics do not hold at all is null; a year the flow's
 * statistics cover without the product is zero; a year they do not cover is absent.
 *
 * @param originToDestination  the destination's imports from the origin (or the origin's exports to it, where only those
 *                             are imported)
 * @param hubToDestination     the destination's imports from the hub, as the destination records them
 * @param originToHub          the hub's imports from the origin (or the origin's exports to the hub)
 * @param hubReportsExports    the hub's exports to the destination, as the hub records them
 * @param originToWorld        the origin's exports to the world, its world totals
 * @param hubToWorld           the hub's exports to the world
 * @param destinationFromWorld the destination's imports from the world
 * @param originToHubUnits     the origin → hub flow's quantities by year, where its statistics give them (else empty)
 * @param hubToDestinationUnits the hub → destination flow's quantities by year
 */
public record ProductSeries(String code, @Nullable Map<Integer, BigDecimal> originToDestination,
                            @Nullable Map<Integer, BigDecimal> hubToDestination, @Nullable Map<Integer, BigDecimal> originToHub,
                            @Nullable Map<Integer, BigDecimal> hubReportsExports, @Nullable Map<Integer, BigDecimal> originToWorld,
                            @Nullable Map<Integer, BigDecimal> hubToWorld, @Nullable Map<Integer, BigDecimal> destinationFromWorld, Map<Integer, UnitValue> originToHubUnits,
                            Map<Integer, UnitValue> hubToDestinationUnits) {

    /** The four bilateral flows alone: no world totals, no quantities. */
    public ProductSeries(String code, @Nullable Map<Integer, BigDecimal> originToDestination,
                         @Nullable Map<Integer, BigDecimal> hubToDestination, @Nullable Map<Integer, BigDecimal> originToHub,
                         @Nullable Map<Integer, BigDecimal> hubReportsExports) {
        this(code, originToDestination, hubToDestination, originToHub, hubReportsExports, null, null, null, Map.of(), Map.of());
    }

    /**
     * A year's quantity of a product in one unit and the value of the figures giving it.
     *
     * @param unit the unit in words common to both statistics offices ({@link QuantityUnits})
     */
    public record UnitValue(String unit, BigDecimal quantity, BigDecimal valueUsd) {

        /** US dollars per unit. */
        public double perUnit() {
            return valueUsd.doubleValue() / quantity.doubleValue();
        }
    }
}
