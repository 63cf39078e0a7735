package org.bilateral.risk;

import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.bilateral.shared.HsLevel;
import org.bilateral.tradestats.ProductFlows;
import org.bilateral.tradestats.ProductYearGrid;
import org.bilateral.tradestats.ProductYearGrid.FlowOf;
import org.springframework.stereotype.Component;

/**
 * The four flows of a triangle as the statistics hold them, each from the side that records it best: imports as the
 * importer records them, else the exporter's record of the same trade (said so), else missing, said plainly. Beside them,
 * the world totals the Freund test compares with (each country's trade with all partners), and the quantities of the two
 * flows a rerouted good passes through, for their unit values.
 */
@Component
class TriangleFlows {

    /**
     * One flow read: what it is, whose record it is, its products by year ({@code data}), and beside them what every product
     * of it shares: its total by year and its years, boxed once.
     */
    record Read(String name, CountryCode reporter, CountryCode partner, Flow flow, boolean mirrored, ProductYearGrid data,
                Map<Integer, BigDecimal> total, Integer[] years) {

        Read(String name, CountryCode reporter, CountryCode partner, Flow flow, boolean mirrored, ProductYearGrid data) {
            this(name, reporter, partner, flow, mirrored, data, data.totalByYear(), data.yearList().toArray(Integer[]::new));
        }

        /** A product's value in every year the flow covers, in order: zero where it was not traded. */
        Map<Integer, BigDecimal> yearsOf(int product) {
            return new YearValues(years, product < 0 ? zeros() : data.valuesOf(product));
        }

        private BigDecimal[] zeros() {
            BigDecimal[] zeros = new BigDecimal[years.length];
            java.util.Arrays.fill(zeros, BigDecimal.ZERO);
            return zeros;
        }

        String description() {
            return reporter.value() + "'s " + (flow == Flow.IMPORT ? "imports from " : "exports to ")
                    + (CountryCode.WORLD.equals(partner) ? "the world" : partner.value())
                    + (mirrored ? " (its partner's record being absent)" : "");
        }
    }

    /**
     * The four flows and the three world totals, each null when missing, the two flows' quantities (subheading by
     * subheading, empty where none), and what is missing in words.
     */
    record Flows(@Nullable Read originToDestination, @Nullable Read hubToDestination, @Nullable Read originToHub,
                 @Nullable Read hubReportsExports, @Nullable Read originToWorld, @Nullable Read hubToWorld,
                 @Nullable Read destinationFromWorld, Map<Integer, Map<Integer, ProductSeries.UnitValue>> originToHubUnits,
                 Map<Integer, Map<Integer, ProductSeries.UnitValue>> hubToDestinationUnits, List<String> missing) {

        List<Read> all() {
            List<Read> all = new ArrayList<>();
            for (Read r : new Read[] {originToDestination, hubToDestination, originToHub, hubReportsExports, originToWorld, hubToWorld,
                destinationFromWorld}) {
                if (r != null) {
                    all.add(r);
                }
            }
            return all;
        }
    }

    private final ProductFlows flows;

    TriangleFlows(ProductFlows flows) {
        this.flows = flows;
    }

    Flows read(ScreenRequest r) {
        CountryCode o = r.triangle().origin();
        CountryCode h = r.triangle().hub();
        CountryCode d = r.triangle().destination();
        CountryCode w = CountryCode.WORLD;
        // every flow the screen may read, the mirrors included, in one query rather than one each
        Map<FlowOf, ProductYearGrid> grids = flows.yearGrids(List.of(new FlowOf(d, o, Flow.IMPORT), new FlowOf(o, d, Flow.EXPORT), new FlowOf(d, h, Flow.IMPORT),
                new FlowOf(h, o, Flow.IMPORT), new FlowOf(o, h, Flow.EXPORT), new FlowOf(h, d, Flow.EXPORT), new FlowOf(o, w, Flow.EXPORT),
                new FlowOf(h, w, Flow.EXPORT), new FlowOf(d, w, Flow.IMPORT)), r.level(), r.fromYear(), r.toYear());
        List<String> missing = new ArrayList<>();
        Read od = importsOrMirror("origin → destination", d, o, grids, missing);
        Read hd = read("hub → destination", d, h, Flow.IMPORT, false, grids);
        if (hd == null) {
            missing.add("no statistics of " + d.value() + "'s imports from " + h.value() + ": import the " + d.value()
                    + " statistics of imports (Census for the United States, Comtrade for reporter " + d.value() + ")");
        }
        Read oh = importsOrMirror("origin → hub", h, o, grids, missing);
        Read hx = read("hub's record of its exports", h, d, Flow.EXPORT, false, grids);
        if (hx == null) {
            missing.add("no statistics of " + h.value() + "'s exports to " + d.value() + ": import Comtrade for reporter " + h.value()
                    + " (the mirror gap needs both sides' records)");
        }
        Read ow = world("origin → world", o, Flow.EXPORT, grids, missing);
        Read hw = world("hub → world", h, Flow.EXPORT, grids, missing);
        Read dw = world("world → destination", d, Flow.IMPORT, grids, missing);
        boolean subheadings = r.level() == HsLevel.SUBHEADING;
        Map<Integer, Map<Integer, ProductSeries.UnitValue>> ohUnits = oh == null || !subheadings ? Map.of() : units(oh, r);
        Map<Integer, Map<Integer, ProductSeries.UnitValue>> hdUnits = hd == null || !subheadings ? Map.of() : units(hd, r);
        return new Flows(od, hd, oh, hx, ow, hw, dw, ohUnits, hdUnits, List.copyOf(missing));
    }

    /** A country's trade with the world: Comtrade's partner World, or the Census total of all countries. */
    private @Nullable Read world(String name, CountryCode reporter, Flow flow, Map<FlowOf, ProductYearGrid> grids, List<String> missing) {
        Read read = read(name, reporter, CountryCode.WORLD, flow, false, grids);
        if (read == null) {
            missing.add("no world totals of " + reporter.value() + "'s " + (flow == Flow.IMPORT ? "imports" : "exports")
                    + ": import Comtrade for reporter " + reporter.value() + " with partner World (0)"
                    + (reporter.value().equals("US") ? ", or Census with all countries (CTY_CODE -)" : "")
                    + (flow == Flow.EXPORT ? "; the Freund test needs them" : "; the surge then compares with origin and hub alone"));
        }
        return read;
    }

    /**
     * A subheading's key in the maps of quantities: its six digits as a number. Keyed by the digits as text, thousands of
     * subheadings crowded a few of the map's buckets (their hash codes differ little), which then searched them as trees;
     * -1 for a code that is not six digits, which has no quantities.
     */
    static int subheadingKey(String code) {
        if (code.length() != 6) {
            return -1;
        }
        int key = 0;
        for (int i = 0; i < 6; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            key = key * 10 + (c - '0');
        }
        return key;
    }

    /**
     * Each subheading's quantity by year in the unit carrying most of its value that year, by {@link #subheadingKey}.
     * Quantities are comparable only within a subheading, so at chapters and headings there are none.
     */
    private Map<Integer, Map<Integer, ProductSeries.UnitValue>> units(Read read, ScreenRequest r) {
        Map<Integer, Map<Integer, Map<String, ProductSeries.UnitValue>>> byUnit = new HashMap<>();
        // a flow's figures write a handful of units: each made common once, not once for each of its many rows
        Map<String, Optional<String>> common = new HashMap<>();
        for (ProductFlows.Quantity q : flows.quantities(read.reporter(), read.partner(), read.flow(), r.fromYear(), r.toYear())) {
            Optional<String> unit = common.computeIfAbsent(q.unit(), QuantityUnits::common);
            int key = subheadingKey(q.subheading());
            if (unit.isPresent() && q.quantity().signum() > 0 && key >= 0) {
                byUnit.computeIfAbsent(key, c -> new HashMap<>()).computeIfAbsent(q.year(), y -> new HashMap<>())
                        .merge(unit.get(), new ProductSeries.UnitValue(unit.get(), q.quantity(), q.valueUsd()),
                                (a, b) -> new ProductSeries.UnitValue(a.unit(), a.quantity().add(b.quantity()), a.valueUsd().add(b.valueUsd())));
            }
        }
        Map<Integer, Map<Integer, ProductSeries.UnitValue>> units = new HashMap<>();
        byUnit.forEach((code, years) -> years.forEach((year, inUnits) -> units.computeIfAbsent(code, c -> new HashMap<>())
                .put(year, inUnits.values().stream().max(java.util.Comparator.comparing(ProductSeries.UnitValue::valueUsd)).orElseThrow())));
        return units;
    }

    /** An importer's record, else the exporter's record of the same trade. */
    private @Nullable Read importsOrMirror(String name, CountryCode importer, CountryCode exporter, Map<FlowOf, ProductYearGrid> grids,
                                          List<String> missing) {
        Read read = read(name, importer, exporter, Flow.IMPORT, false, grids);
        if (read == null) {
            read = read(name, exporter, importer, Flow.EXPORT, true, grids);
        }
        if (read == null) {
            missing.add("no statistics of " + importer.value() + "'s imports from " + exporter.value() + ", nor of " + exporter.value()
                    + "'s exports to " + importer.value() + ": import Comtrade for reporter " + importer.value());
        }
        return read;
    }

    private static @Nullable Read read(String name, CountryCode reporter, CountryCode partner, Flow flow, boolean mirrored,
                                       Map<FlowOf, ProductYearGrid> grids) {
        ProductYearGrid data = grids.get(new FlowOf(reporter, partner, flow));
        return data == null || data.isEmpty() ? null : new Read(name, reporter, partner, flow, mirrored, data);
    }
}
