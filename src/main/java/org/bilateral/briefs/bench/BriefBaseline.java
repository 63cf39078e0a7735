package org.bilateral.briefs.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bilateral.briefs.Brief;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.bilateral.tradestats.RawFigures;
import org.bilateral.workbench.Benchmarks;
import org.bilateral.workbench.DuckDbAppender;
import org.bilateral.workbench.DuckDbBaseline;

/**
 * The brief's balance asked of DuckDB on the raw rows, in the same run: each reporter's exports to and imports from the
 * partner in the brief's year and the year before, summed from the figures as imported (a year's months where it has
 * any, else its whole-year figure, each period at its coarsest level). It answers the brief's first section only: the
 * rest of a brief (deals, asks, stakes, the screen) is not a question of the figures alone.
 */
final class BriefBaseline {

    private static final String SUM = """
            with f as (select * from figures where reporter = ? and partner = ? and flow = ? and year = ?),
                 lvl as (select freq, month, min(hs_level) as level from f group by all),
                 yrs as (select bool_or(freq = 'M') as monthly from f)
            select sum(f.value_usd) from f join lvl on lvl.freq = f.freq and lvl.month = f.month, yrs
            where f.hs_level = lvl.level and (f.freq = 'M') = yrs.monthly""";

    private BriefBaseline() {
    }

    static void print(Brief brief, double composeMedianMs, int repeat, RawFigures raw) {
        Brief.Balance balance = brief.balance();
        if (balance == null || balance.year() == null || balance.sides().isEmpty()) {
            System.out.println("DuckDB baseline not measured: the brief has no balance of a whole year");
            return;
        }
        int year = balance.year();
        Optional<Connection> opened = DuckDbBaseline.open();
        if (opened.isEmpty()) {
            return;
        }
        try (Connection duck = opened.get(); Statement st = duck.createStatement()) {
            st.execute("create table figures (reporter varchar, partner varchar, flow varchar, freq varchar, year integer, "
                    + "month integer, hs_level integer, hs_code varchar, value_usd decimal(38, 6))");
            long rows = 0;
            long start = System.nanoTime();
            try (DuckDbAppender appender = DuckDbAppender.to(duck, "figures")) {
                for (Brief.Side side : balance.sides()) {
                    for (Flow flow : new Flow[] {Flow.EXPORT, Flow.IMPORT}) {
                        for (int y = year - 1; y <= year; y++) {
                            for (RawFigures.Figure f : raw.ofYear(side.reporter(), side.partner(), flow, y)) {
                                appender.row(side.reporter().value(), side.partner().value(), flow.code(), String.valueOf(f.freq()), f.year(),
                                        f.month(), f.hsLevel(), f.hsCode(), f.valueUsd().setScale(6));
                                rows++;
                            }
                        }
                    }
                }
            }
            System.out.printf(Locale.ROOT, "DuckDB baseline: %,d raw figures of the balance's sides loaded (untimed, %.1f s)%n", rows,
                    (System.nanoTime() - start) / 1e9);
            Benchmarks.Timing<List<BigDecimal>> t = Benchmarks.time(repeat, () -> sums(duck, balance.sides(), year));
            System.out.printf(Locale.ROOT, "DuckDB on the raw rows (the balance's exports and imports, %d and %d): first %.0f ms, "
                    + "median %.1f ms, p95 %.1f ms, max %.1f ms%n", year - 1, year, t.firstMs(), t.medianMs(), t.p95Ms(), t.maxMs());
            System.out.printf(Locale.ROOT, "ratio compose / DuckDB's balance (medians): %.1f (the brief composes far more than its balance)%n",
                    composeMedianMs / t.medianMs());
            List<BigDecimal> duckSums = t.result();
            List<String> differ = new ArrayList<>();
            int i = 0;
            for (Brief.Side side : balance.sides()) {
                BigDecimal[] ours = {side.exportsYearEarlier(), side.importsYearEarlier(), side.exports(), side.imports()};
                for (BigDecimal v : ours) {
                    BigDecimal d = duckSums.get(i++);
                    boolean same = v == null ? d == null || d.signum() == 0 : d != null && v.compareTo(d) == 0;
                    if (!same) {
                        differ.add(side.reporter() + "→" + side.partner() + ": brief " + v + ", DuckDB " + d);
                    }
                }
            }
            System.out.printf(Locale.ROOT, "check: %d figures of the balance compared with DuckDB's, %d differ: %s%n", i, differ.size(),
                    differ.isEmpty() ? "SAME" : "DIFFERENT");
            differ.forEach(d -> System.out.println("  " + d));
        } catch (SQLException e) {
            System.out.println("DuckDB baseline failed: " + e.getMessage());
        }
    }

    /** Per side: exports and imports of the year before, then of the year. */
    private static List<BigDecimal> sums(Connection duck, List<Brief.Side> sides, int year) {
        List<BigDecimal> sums = new ArrayList<>();
        try (PreparedStatement ps = duck.prepareStatement(SUM)) {
            for (Brief.Side side : sides) {
                for (int y = year - 1; y <= year; y++) {
                    for (Flow flow : new Flow[] {Flow.EXPORT, Flow.IMPORT}) {
                        sums.add(sum(ps, side.reporter(), side.partner(), flow, y));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return sums;
    }

    private static BigDecimal sum(PreparedStatement ps, CountryCode reporter, CountryCode partner, Flow flow, int year) throws SQLException {
        ps.setString(1, reporter.value());
        ps.setString(2, partner.value());
        ps.setString(3, flow.code());
        ps.setInt(4, year);
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            BigDecimal v = rs.getBigDecimal(1);
            return v == null ? BigDecimal.ZERO : v;
        }
    }
}
