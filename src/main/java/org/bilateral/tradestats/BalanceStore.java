package org.bilateral.tradestats;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.HsLevel;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind a balance and the products of a year: the product totals every import rebuilds. */
@Repository
class BalanceStore {

    private final JdbcClient jdbc;

    BalanceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The {@code limit} largest products of a level over the range, by trade in both flows. */
    List<String> largestCodes(CountryCode reporter, CountryCode partner, HsLevel level, LocalDate from, LocalDate to,
                              int limit) {
        return jdbc.sql("""
                select code from trade_total
                where reporter = :reporter and partner = :partner and level = :level and freq = 'Y'
                  and period between :from and :to
                group by code order by sum(value_usd) desc, code limit :limit""")
                .param("reporter", reporter.value()).param("partner", partner.value()).param("level", level.label())
                .param("from", from).param("to", to).param("limit", limit)
                .query(String.class).list();
    }

    /** The months (and whole years) each flow's all-products totals hold. */
    HeldMonths held(CountryCode reporter, CountryCode partner) {
        Map<String, Set<YearMonth>> months = new HashMap<>();
        Map<String, Set<Integer>> years = new HashMap<>();
        jdbc.sql("""
                select flow, freq, period from trade_total_list
                where reporter = :reporter and partner = :partner and level = 'total' and freq in ('M', 'Y')
                  and flow in ('X', 'M')""")
                .param("reporter", reporter.value()).param("partner", partner.value())
                .query(rs -> {
                    YearMonth period = YearMonth.from(rs.getObject(3, LocalDate.class));
                    if (rs.getString(2).equals("M")) {
                        months.computeIfAbsent(rs.getString(1), f -> new TreeSet<>()).add(period);
                    } else {
                        years.computeIfAbsent(rs.getString(1), f -> new TreeSet<>()).add(period.getYear());
                    }
                });
        // A year row with no month of its flow is a year reported whole.
        years.forEach((flow, set) -> set.removeIf(y -> months.getOrDefault(flow, Set.of()).stream()
                .anyMatch(m -> m.getYear() == y)));
        years.values().removeIf(Set::isEmpty);
        return new HeldMonths(months, years);
    }

    /**
     * Reads exports and imports of a level into {@code amounts}: year totals ({@code freq} "Y") or months ("M"), only of
     * {@code years} and {@code codes} when given.
     */
    void read(Amounts amounts, String freq, CountryCode reporter, CountryCode partner, HsLevel level, LocalDate from,
              LocalDate to, @Nullable Set<Integer> years, @Nullable List<String> codes) {
        String sql = """
                select period, code, flow, value_usd from trade_total
                where reporter = :reporter and partner = :partner and level = :level and freq = :freq and flow in ('X', 'M')
                  and period between :from and :to %s %s""".formatted(
                years == null ? "" : "and extract(year from period)::int = any(cast(:years as int[]))",
                codes == null ? "" : "and code in (select unnest(cast(:codes as text[])))");
        var spec = jdbc.sql(sql).param("reporter", reporter.value()).param("partner", partner.value())
                .param("level", level.label()).param("freq", freq).param("from", from).param("to", to);
        if (years != null) {
            spec = spec.param("years", years.toArray(Integer[]::new));
        }
        if (codes != null) {
            spec = spec.param("codes", codes.toArray(String[]::new));
        }
        spec.query(rs -> {
            amounts.add(freq, rs.getString(2), YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getString(3),
                    rs.getBigDecimal(4));
        });
    }

    /** The latest year whose totals hold twelve months, else the latest year held at all. */
    Optional<Integer> latestFullYear(CountryCode reporter, CountryCode partner) {
        return jdbc.sql("""
                select coalesce(max(year) filter (where whole), max(year)) from (
                    select extract(year from period)::int as year, min(months) = 12 as whole from trade_total
                    where reporter = :reporter and partner = :partner and level = 'total' and freq = 'Y' group by period) y""")
                .param("reporter", reporter.value()).param("partner", partner.value()).query(Integer.class).optional();
    }
}
