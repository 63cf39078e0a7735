package org.bilateral.risk;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One product's four flows by year, in US dollars. A flow the statistics do not hold at all is null; a year the flow's
 * statistics cover without the product is zero; a year they do not cover is absent.
 *
 * @param originToDestination the destination's imports from the origin (or the origin's exports to it, where only those
 *                            are imported)
 * @param hubToDestination    the destination's imports from the hub, as the destination records them
 * @param originToHub         the hub's imports from the origin (or the origin's exports to the hub)
 * @param hubReportsExports   the hub's exports to the destination, as the hub records them
 */
public record ProductSeries(String code, Map<Integer, BigDecimal> originToDestination, Map<Integer, BigDecimal> hubToDestination,
                            Map<Integer, BigDecimal> originToHub, Map<Integer, BigDecimal> hubReportsExports) {
}
