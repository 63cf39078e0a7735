package org.bilateral.commitments.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bilateral.commitments.targets.Attainment;
import org.bilateral.commitments.targets.PurchaseTarget;
import org.bilateral.commitments.targets.StatisticsSide;
import org.bilateral.reference.Nomenclature;
import org.bilateral.reference.Sector;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.HsLevel;
import org.bilateral.tradestats.RawFigures;
import org.bilateral.workbench.DuckDbAppender;
import org.bilateral.workbench.DuckDbBaseline;

/**
 * Attainment's question asked of DuckDB on the raw rows, in the same run: each target's covered products summed by
 * month and by year from the figures as imported (a chapter, heading or subheading by its code's first digits, a sector
 * by the longest of its prefixes a code starts with, as the nomenclature counts a code in exactly one sector). The
 * figures are loaded untimed; the check compares every month's and year's purchases with the attainment measured.
 */
final class AttainmentBaseline {

    private AttainmentBaseline() {
    }

    /** DuckDB's sums of one target and side: "2021" for a year, "2021-03" for a month. */
    private record Sums(Map<String, BigDecimal> byPeriod) {
    }

    static void print(List<PurchaseTarget> targets, List<Attainment> measured, double[] allMs, int repeat, RawFigures raw,
                      Nomenclature nomenclature) {
        Optional<Connection> opened = DuckDbBaseline.open();
        if (opened.isEmpty()) {
            return;
        }
        try (Connection duck = opened.get(); Statement st = duck.createStatement()) {
            st.execute("create table figures (reporter varchar, partner varchar, flow varchar, freq varchar, year integer, "
                    + "month integer, hs_code varchar, value_usd decimal(38, 6))");
            st.execute("create table sector_of_prefix (sector varchar, prefix varchar)");
            try (DuckDbAppender appender = DuckDbAppender.to(duck, "sector_of_prefix")) {
                for (Sector s : nomenclature.sectors()) {
                    for (String prefix : s.prefixes()) {
                        appender.row(s.id(), prefix);
                    }
                }
            }
            long rows = 0;
            long start = System.nanoTime();
            Set<String> loaded = new LinkedHashSet<>();
            try (DuckDbAppender appender = DuckDbAppender.to(duck, "figures")) {
                for (PurchaseTarget t : targets) {
                    for (StatisticsSide side : t.counts().sides()) {
                        CountryCode r = side.reporter(t.buyer(), t.seller());
                        CountryCode p = side.partner(t.buyer(), t.seller());
                        for (int year = t.baselineYear(); year <= t.lastYear(); year++) {
                            if (!loaded.add(r.value() + p.value() + side.flow().code() + year)) {
                                continue;
                            }
                            for (RawFigures.Figure f : raw.ofYear(r, p, side.flow(), year)) {
                                appender.row(r.value(), p.value(), side.flow().code(), String.valueOf(f.freq()), f.year(), f.month(),
                                        f.hsCode(), f.valueUsd().setScale(6));
                                rows++;
                            }
                        }
                    }
                }
            }
            System.out.printf(Locale.ROOT, "DuckDB baseline: %,d raw figures loaded (untimed, %.1f s)%n", rows, (System.nanoTime() - start) / 1e9);
            double[] duckMs = new double[repeat];
            List<List<Sums>> answers = new ArrayList<>();
            for (int i = -1; i < repeat; i++) {
                long at = System.nanoTime();
                List<List<Sums>> answer = new ArrayList<>();
                for (PurchaseTarget t : targets) {
                    List<Sums> sides = new ArrayList<>();
                    for (StatisticsSide side : t.counts().sides()) {
                        sides.add(sums(duck, t, side));
                    }
                    answer.add(sides);
                }
                if (i < 0) {
                    answers = answer; // the first run, as the workbench's warm-up runs, is not timed
                } else {
                    duckMs[i] = (System.nanoTime() - at) / 1e6;
                }
            }
            java.util.Arrays.sort(duckMs);
            double median = duckMs[duckMs.length / 2];
            System.out.printf(Locale.ROOT, "%-26s %6.1f ms %6.1f ms %6.1f ms  DuckDB on the raw rows, the same sums%n",
                    "all " + targets.size() + " targets", median, duckMs[(int) Math.ceil(duckMs.length * 0.95) - 1],
                    duckMs[duckMs.length - 1]);
            System.out.printf(Locale.ROOT, "ratio attainment / DuckDB (medians of all targets): %.2f%n", allMs[allMs.length / 2] / median);
            check(targets, measured, answers);
        } catch (SQLException e) {
            System.out.println("DuckDB baseline failed: " + e.getMessage());
        }
    }

    private static Sums sums(Connection duck, PurchaseTarget t, StatisticsSide side) {
        List<String> chapters = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        List<String> subheadings = new ArrayList<>();
        List<String> sectors = new ArrayList<>();
        for (PurchaseTarget.CoveredProduct p : t.products()) {
            (p.level() == HsLevel.CHAPTER ? chapters : p.level() == HsLevel.HEADING ? headings
                    : p.level() == HsLevel.SUBHEADING ? subheadings : sectors).add(p.code());
        }
        String sql = """
                with f as (select * from figures where reporter = ? and partner = ? and flow = ? and year between ? and ?),
                     yrs as (select year, bool_or(freq = 'M') as monthly from f group by all),
                     s as (select f.hs_code, arg_max(sp.sector, length(sp.prefix)) as sector
                           from (select distinct hs_code from f) f join sector_of_prefix sp on starts_with(f.hs_code, sp.prefix)
                           group by all),
                     c as (select f.* from f left join s on s.hs_code = f.hs_code
                           where list_contains(?, left(f.hs_code, 2)) or list_contains(?, left(f.hs_code, 4))
                              or list_contains(?, left(f.hs_code, 6)) or list_contains(?, s.sector))
                select c.year, c.month, c.freq, sum(c.value_usd) from c join yrs using (year)
                where (c.freq = 'M') = yrs.monthly group by all""";
        Map<String, BigDecimal> byPeriod = new HashMap<>();
        try (PreparedStatement ps = duck.prepareStatement(sql)) {
            ps.setString(1, side.reporter(t.buyer(), t.seller()).value());
            ps.setString(2, side.partner(t.buyer(), t.seller()).value());
            ps.setString(3, side.flow().code());
            ps.setInt(4, t.baselineYear());
            ps.setInt(5, t.lastYear());
            ps.setArray(6, duck.createArrayOf("VARCHAR", chapters.toArray()));
            ps.setArray(7, duck.createArrayOf("VARCHAR", headings.toArray()));
            ps.setArray(8, duck.createArrayOf("VARCHAR", subheadings.toArray()));
            ps.setArray(9, duck.createArrayOf("VARCHAR", sectors.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int year = rs.getInt(1);
                    BigDecimal v = rs.getBigDecimal(4);
                    byPeriod.merge(String.valueOf(year), v, BigDecimal::add);
                    if (rs.getString(3).equals("M")) {
                        byPeriod.merge(YearMonth.of(year, rs.getInt(2)).toString(), v, BigDecimal::add);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Sums(byPeriod);
    }

    private static void check(List<PurchaseTarget> targets, List<Attainment> measured, List<List<Sums>> answers) {
        int compared = 0;
        List<String> differ = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Attainment a = measured.get(i);
            for (int s = 0; s < a.sides().size(); s++) {
                Attainment.Side side = a.sides().get(s);
                Map<String, BigDecimal> duck = answers.get(i).get(s).byPeriod();
                Map<String, BigDecimal> ours = new HashMap<>();
                if (side.baselineMonths() > 0) {
                    ours.put(String.valueOf(targets.get(i).baselineYear()), side.baselineUsd());
                }
                side.years().stream().filter(y -> y.actualUsd() != null).forEach(y -> ours.put(String.valueOf(y.year()), y.actualUsd()));
                side.months().stream().filter(m -> m.actualUsd() != null).forEach(m -> ours.put(m.month().toString(), m.actualUsd()));
                for (Map.Entry<String, BigDecimal> e : ours.entrySet()) {
                    compared++;
                    BigDecimal d = duck.getOrDefault(e.getKey(), BigDecimal.ZERO).setScale(2, RoundingMode.HALF_EVEN);
                    if (d.compareTo(e.getValue()) != 0) {
                        differ.add(targets.get(i).code() + " " + side.side() + " " + e.getKey() + ": workbench " + e.getValue() + ", DuckDB " + d);
                    }
                }
                // a period DuckDB finds that the attainment leaves out would be a difference too (months after the latest held aside)
                for (String key : duck.keySet()) {
                    if (!ours.containsKey(key) && key.length() == 4 && Integer.parseInt(key) >= targets.get(i).baselineYear()
                            && Integer.parseInt(key) <= targets.get(i).lastYear() && duck.get(key).signum() != 0) {
                        differ.add(targets.get(i).code() + " " + side.side() + " " + key + ": workbench none, DuckDB " + duck.get(key));
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "check: %,d years and months of %d targets compared with DuckDB's sums, %d differ: %s%n", compared,
                targets.size(), differ.size(), differ.isEmpty() ? "SAME" : "DIFFERENT");
        differ.stream().limit(5).forEach(d -> System.out.println("  " + d));
    }

}
