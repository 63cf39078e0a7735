package org.bilateral.worldjob.screen;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.bilateral.risk.ProductSeries;
import org.bilateral.risk.Signal;
import org.bilateral.risk.WorldRoutes;
import org.jspecify.annotations.Nullable;

/**
 * One hub's products screened in one task: its five flows (the destination's imports from it, its imports from the
 * origin or the origin's exports to it, its own record of its exports to the destination, its exports to the world)
 * built from its aggregated rows, the shared flows from the broadcast, each product's series as the workbench's
 * TransshipmentScreen builds it, and {@link WorldRoutes#screen} on them. A partner the destination's imports do not name
 * is no hub: its group gives nothing.
 */
final class HubTask implements FlatMapGroupsFunction<String, Row, HubResult> {

    private static final long serialVersionUID = 1L;

    private final Broadcast<SharedFlows> shared;

    HubTask(Broadcast<SharedFlows> shared) {
        this.shared = shared;
    }

    @Override
    public Iterator<HubResult> call(String hub, Iterator<Row> rows) {
        HubResult result = screen(hub, rows, shared.value());
        return result == null ? List.<HubResult>of().iterator() : List.of(result).iterator();
    }

    /** The hub screened, or null when the destination's imports do not name it. */
    static @Nullable HubResult screen(String hub, Iterator<Row> rows, SharedFlows s) {
        FlowGrid.Builder hd = new FlowGrid.Builder();
        FlowGrid.Builder oh = new FlowGrid.Builder();
        FlowGrid.Builder ho = new FlowGrid.Builder();
        FlowGrid.Builder hx = new FlowGrid.Builder();
        FlowGrid.Builder hw = new FlowGrid.Builder();
        FlowUnits hdUnits = new FlowUnits();
        FlowUnits ohUnits = new FlowUnits();
        FlowUnits hoUnits = new FlowUnits();
        long read = 0;
        TreeSet<Integer> partitions = new TreeSet<>();
        while (rows.hasNext()) {
            Row r = rows.next();
            AggregatedRow a = AggregatedRow.of(r);
            read += a.rows();
            partitions.add(a.year() * 1000 + a.reporter());
            FlowGrid.Builder grid = switch (a.role()) {
                case Roles.HUB_TO_DESTINATION -> hd;
                case Roles.ORIGIN_TO_HUB -> oh;
                case Roles.ORIGIN_TO_HUB_MIRRORED -> ho;
                case Roles.HUB_REPORTS_EXPORTS -> hx;
                case Roles.HUB_TO_WORLD -> hw;
                default -> throw new IllegalStateException("a row of the flow " + a.role() + " among the hub's");
            };
            grid.add(a.year(), a.level(), a.code(), a.value());
            if (a.unit() != null && a.quantity() != null) {
                FlowUnits units = a.role().equals(Roles.HUB_TO_DESTINATION) ? hdUnits
                        : a.role().equals(Roles.ORIGIN_TO_HUB) ? ohUnits : hoUnits;
                units.add(a.code(), a.year(), a.unit(), a.quantity(), a.value());
            }
        }
        FlowGrid hubToDestination = hd.build();
        if (hubToDestination == null) {
            return null;
        }
        // the hub's imports from the origin as it records them; where it records none in the years, the origin's exports
        FlowGrid originToHub = oh.build();
        FlowUnits originToHubUnits = ohUnits;
        if (originToHub == null) {
            originToHub = ho.build();
            originToHubUnits = hoUnits;
        }
        FlowGrid hubReportsExports = hx.build();
        FlowGrid hubToWorld = hw.build();
        List<String> missing = new ArrayList<>();
        // in the order risk/TriangleFlows.read finds them missing
        if (s.originToDestinationMissing() != null) {
            missing.add(s.originToDestinationMissing());
        }
        if (originToHub == null) {
            missing.add(SharedFlows.noImportsNorMirror(hub, s.origin()));
        }
        if (hubReportsExports == null) {
            missing.add(SharedFlows.noHubExports(hub, s.destination()));
        }
        if (s.originToWorldMissing() != null) {
            missing.add(s.originToWorldMissing());
        }
        if (hubToWorld == null) {
            missing.add(SharedFlows.noWorldTotals(hub, false));
        }
        if (s.destinationFromWorldMissing() != null) {
            missing.add(s.destinationFromWorldMissing());
        }
        Map<String, Map<Integer, ProductSeries.UnitValue>> ohQuantities = originToHub == null ? Map.of() : originToHubUnits.build(s.commonUnits());
        Map<String, Map<Integer, ProductSeries.UnitValue>> hdQuantities = hdUnits.build(s.commonUnits());
        List<ProductSeries> series = new ArrayList<>();
        for (String code : hubToDestination.codes()) {
            series.add(new ProductSeries(code, yearsOf(s.originToDestination(), code), hubToDestination.yearsOf(code),
                    yearsOf(originToHub, code), yearsOf(hubReportsExports, code), yearsOf(s.originToWorld(), code),
                    yearsOf(hubToWorld, code), yearsOf(s.destinationFromWorld(), code), ohQuantities.getOrDefault(code, Map.of()),
                    hdQuantities.getOrDefault(code, Map.of())));
        }
        WorldRoutes.HubScreen screen = WorldRoutes.screen(series, new WorldRoutes.Route(s.fromYear(), s.toYear(), s.eventYear(),
                hubToDestination.totalByYear(), s.cifFobMargin()), hubToDestination.years(), s.top());
        List<HubResult.Product> products = new ArrayList<>();
        for (WorldRoutes.ScoredProduct p : screen.shown()) {
            List<HubResult.SignalResult> signals = new ArrayList<>();
            for (Signal signal : p.signals()) {
                signals.add(new HubResult.SignalResult(signal.kind().name(), signal.value(), signal.rank(), signal.arithmetic()));
            }
            products.add(new HubResult.Product(p.rank(), p.code(), p.score(), p.trade(), p.freund(), List.copyOf(signals)));
        }
        return new HubResult(hub, screen.screened(), screen.freundProducts(), screen.tradeYear(), screen.boundUsd(),
                screen.hubExportsUsd(), screen.share(), List.copyOf(missing), List.copyOf(products), read, List.copyOf(partitions));
    }

    private static @Nullable Map<Integer, BigDecimal> yearsOf(@Nullable FlowGrid grid, String code) {
        return grid == null ? null : grid.yearsOf(code);
    }
}
