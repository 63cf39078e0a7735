package org.bilateral.risk.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bilateral.risk.Screen;
import org.bilateral.risk.Triangle;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.bilateral.shared.HsLevel;
import org.bilateral.tradestats.ProductFlows;
import org.bilateral.tradestats.ProductYearGrid;
import org.bilateral.tradestats.ProductYearGrid.FlowOf;
import org.bilateral.tradestats.RawFigures;
import org.bilateral.workbench.Benchmarks;
import org.bilateral.workbench.DuckDbAppender;
import org.bilateral.workbench.DuckDbBaseline;

/**
 * The screen's question asked of DuckDB on the raw rows, in the same run: the seven flows' every subheading by year,
 * summed from the figures as imported (a year's months where it has any, else its whole-year figure; each period at
 * its coarsest level of six digits or more), and the rerouting bound of the latest year. The figures are loaded
 * untimed; the check compares every product's year with what the workbench reads, and the bound with the screen's.
 */
final class ScreenBaseline {

    /** The flows the screen reads for CN → VN → US, by a short name. */
    private static Map<String, FlowOf> flows(Triangle t) {
        CountryCode o = t.origin();
        CountryCode h = t.hub();
        CountryCode d = t.destination();
        CountryCode w = CountryCode.WORLD;
        Map<String, FlowOf> flows = new LinkedHashMap<>();
        flows.put("od", new FlowOf(d, o, Flow.IMPORT));
        flows.put("hd", new FlowOf(d, h, Flow.IMPORT));
        flows.put("oh", new FlowOf(h, o, Flow.IMPORT));
        flows.put("hx", new FlowOf(h, d, Flow.EXPORT));
        flows.put("ow", new FlowOf(o, w, Flow.EXPORT));
        flows.put("hw", new FlowOf(h, w, Flow.EXPORT));
        flows.put("dw", new FlowOf(d, w, Flow.IMPORT));
        return flows;
    }

    private static final String SUMS = """
            with lvl as (select flow, freq, year, month, min(hs_level) as level from figures where hs_level >= 6 group by all),
                 yrs as (select flow, year, bool_or(freq = 'M') as monthly from figures group by all),
                 f as (select f.flow, f.year, left(f.hs_code, 6) as code, f.value_usd from figures f
                       join lvl on lvl.flow = f.flow and lvl.freq = f.freq and lvl.year = f.year and lvl.month = f.month
                       join yrs on yrs.flow = f.flow and yrs.year = f.year
                       where f.hs_level = lvl.level and (f.freq = 'M') = yrs.monthly)
            select flow, code, year, sum(value_usd) as v from f group by all""";

    private static final String BOUND = """
            with s as (%s),
                 t as (select max(year) as y from s where flow = 'hd')
            select max(hd.year), sum(least(hd.v, coalesce(oh.v, 0))), sum(hd.v)
            from s hd left join s oh on oh.flow = 'oh' and oh.code = hd.code and oh.year = hd.year
            where hd.flow = 'hd' and hd.year = (select y from t)""".formatted(SUMS);

    private ScreenBaseline() {
    }

    /** Prints DuckDB's time beside the screen's median, the ratio and the check; nothing when DuckDB is not at hand. */
    static void print(Screen screen, Benchmarks.Timing<Screen> bilateral, int repeat, int fromYear, int toYear, RawFigures raw,
                      ProductFlows productFlows) {
        Optional<Connection> opened = DuckDbBaseline.open();
        if (opened.isEmpty()) {
            return;
        }
        try (Connection duck = opened.get(); Statement st = duck.createStatement()) {
            st.execute("create table figures (flow varchar, freq varchar, year integer, month integer, hs_level integer, "
                    + "hs_code varchar, value_usd decimal(38, 6))");
            Map<String, FlowOf> flows = flows(screen.request().triangle());
            long rows = 0;
            long start = System.nanoTime();
            try (DuckDbAppender appender = DuckDbAppender.to(duck, "figures")) {
                for (Map.Entry<String, FlowOf> flow : flows.entrySet()) {
                    FlowOf f = flow.getValue();
                    for (int year = fromYear; year <= toYear; year++) {
                        for (RawFigures.Figure figure : raw.ofYear(f.reporter(), f.partner(), f.flow(), year)) {
                            appender.row(flow.getKey(), String.valueOf(figure.freq()), figure.year(), figure.month(), figure.hsLevel(),
                                    figure.hsCode(), figure.valueUsd().setScale(6));
                            rows++;
                        }
                    }
                }
            }
            System.out.printf(Locale.ROOT, "DuckDB baseline: %,d raw figures of the seven flows loaded (untimed, %.1f s)%n", rows,
                    (System.nanoTime() - start) / 1e9);
            Benchmarks.Timing<Answer> duckTiming = Benchmarks.time(repeat, () -> answer(duck));
            Answer answer = duckTiming.result();
            System.out.printf(Locale.ROOT, "DuckDB on the raw rows (every subheading of the seven flows by year, read out, and the "
                            + "rerouting bound): first %.0f ms, median %.0f ms, p95 %.0f ms, max %.0f ms%n", duckTiming.firstMs(),
                    duckTiming.medianMs(), duckTiming.p95Ms(), duckTiming.maxMs());
            System.out.printf(Locale.ROOT, "ratio screen / DuckDB (medians): %.2f%n", bilateral.medianMs() / duckTiming.medianMs());
            check(screen, answer, flows, productFlows, fromYear, toYear);
        } catch (SQLException e) {
            System.out.println("DuckDB baseline failed: " + e.getMessage());
        }
    }

    /** DuckDB's answer: each flow's subheadings by year, and the bound. */
    private record Answer(Map<String, Map<String, BigDecimal>> sums, int boundYear, BigDecimal bound, BigDecimal hub) {
    }

    private static Answer answer(Connection duck) {
        try (Statement st = duck.createStatement()) {
            Map<String, Map<String, BigDecimal>> sums = new HashMap<>();
            try (ResultSet rs = st.executeQuery(SUMS)) {
                while (rs.next()) {
                    sums.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2) + "/" + rs.getInt(3), rs.getBigDecimal(4));
                }
            }
            try (ResultSet rs = st.executeQuery(BOUND)) {
                rs.next();
                return new Answer(sums, rs.getInt(1), rs.getBigDecimal(2), rs.getBigDecimal(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void check(Screen screen, Answer answer, Map<String, FlowOf> flows, ProductFlows productFlows, int fromYear,
                              int toYear) {
        Map<FlowOf, ProductYearGrid> grids = productFlows.yearGrids(new ArrayList<>(flows.values()), HsLevel.SUBHEADING, fromYear, toYear);
        long compared = 0;
        List<String> differ = new ArrayList<>();
        for (Map.Entry<String, FlowOf> flow : flows.entrySet()) {
            ProductYearGrid grid = grids.get(flow.getValue());
            Map<String, BigDecimal> duck = answer.sums().getOrDefault(flow.getKey(), Map.of());
            Map<String, BigDecimal> ours = new HashMap<>();
            if (grid != null) {
                for (int p = 0; p < grid.codes().length; p++) {
                    BigDecimal[] values = grid.valuesOf(p);
                    for (int y = 0; y < grid.years().length; y++) {
                        // a product not traded in a year is a zero in the grid and no row in DuckDB's sums
                        if (values[y].signum() != 0 || duck.containsKey(grid.codes()[p] + "/" + grid.years()[y])) {
                            ours.put(grid.codes()[p] + "/" + grid.years()[y], values[y]);
                        }
                    }
                }
            }
            for (String key : union(ours.keySet(), duck.keySet())) {
                BigDecimal a = ours.get(key);
                BigDecimal b = duck.get(key);
                compared++;
                if (a == null || b == null || a.compareTo(b) != 0) {
                    differ.add(flow.getKey() + " " + key + ": workbench " + a + ", DuckDB " + b);
                }
            }
        }
        Screen.ReroutingBound bound = screen.bound();
        boolean boundSame = bound.year() != null && bound.year() == answer.boundYear() && bound.boundUsd() != null
                && bound.boundUsd().compareTo(answer.bound()) == 0 && bound.hubExportsUsd() != null
                && bound.hubExportsUsd().compareTo(answer.hub()) == 0;
        System.out.printf(Locale.ROOT, "check: %,d product-years of the seven flows compared, %d differ; rerouting bound %s: "
                        + "screen %s of %s, DuckDB %s of %s: %s%n", compared, differ.size(), bound.year(), bound.boundUsd(),
                bound.hubExportsUsd(), answer.bound(), answer.hub(), differ.isEmpty() && boundSame ? "SAME" : "DIFFERENT");
        differ.stream().limit(5).forEach(d -> System.out.println("  " + d));
    }

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
