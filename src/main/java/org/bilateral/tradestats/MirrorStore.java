package org.bilateral.tradestats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.HsLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind the mirror comparison: one direction's trade as its exporter and its importer report it. */
@Repository
class MirrorStore {

    /**
     * Both sides' figures of one direction in a year.
     *
     * @param byCode each product's figures, the exporter's at index 0 and the importer's at 1 (null where a side has none)
     * @param months the months of the year each side's statistics hold, exporter first
     */
    record Sides(Map<String, BigDecimal[]> byCode, int[] months) {
    }

    /** Each side's chapter (or heading) figures of the year, the exporter's at index 0, the importer's at 1. */
    record Coarser(List<Map<String, BigDecimal>> chapters, List<Map<String, BigDecimal>> headings) {
    }

    private final JdbcClient jdbc;

    MirrorStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Sides sides(CountryCode exporter, CountryCode importer, LocalDate year, HsLevel level) {
        Map<String, BigDecimal[]> byCode = new LinkedHashMap<>();
        int[] months = new int[2];
        jdbc.sql("""
                select code, reporter = :exporter as exporter_side, value_usd, months from trade_total
                where freq = 'Y' and period = :year and level = :level
                  and ((reporter = :exporter and partner = :importer and flow = 'X')
                    or (reporter = :importer and partner = :exporter and flow = 'M'))""")
                .param("exporter", exporter.value()).param("importer", importer.value()).param("year", year)
                .param("level", level.label())
                .query(rs -> {
                    int side = rs.getBoolean(2) ? 0 : 1;
                    byCode.computeIfAbsent(rs.getString(1), c -> new BigDecimal[2])[side] = rs.getBigDecimal(3);
                    months[side] = Math.max(months[side], rs.getInt(4));
                });
        return new Sides(byCode, months);
    }

    Coarser chaptersAndHeadings(CountryCode exporter, CountryCode importer, LocalDate year) {
        List<Map<String, BigDecimal>> chapters = List.of(new TreeMap<>(), new TreeMap<>());
        List<Map<String, BigDecimal>> headings = List.of(new TreeMap<>(), new TreeMap<>());
        jdbc.sql("""
                select reporter = :exporter as exporter_side, level, code, value_usd from trade_total
                where freq = 'Y' and period = :year and level in ('chapter', 'heading')
                  and ((reporter = :exporter and partner = :importer and flow = 'X')
                    or (reporter = :importer and partner = :exporter and flow = 'M'))""")
                .param("exporter", exporter.value()).param("importer", importer.value()).param("year", year)
                .query(rs -> {
                    int side = rs.getBoolean(1) ? 0 : 1;
                    (rs.getString(2).equals("chapter") ? chapters : headings).get(side).put(rs.getString(3), rs.getBigDecimal(4));
                });
        return new Coarser(chapters, headings);
    }

    /**
     * How the reporter values the flow in the year, as one figure of one of its slices records it; empty without
     * statistics.
     */
    String valuation(CountryCode reporter, CountryCode partner, String flow, LocalDate year) {
        return jdbc.sql("""
                select f.valuation
                from (select import_id, figure_slice_key(reporter, partner, flow, freq, period, hs_level) as slice_key
                      from trade_slice
                      where reporter = :reporter and partner = :partner and flow = :flow
                        and period >= :from and period < :to
                      limit 1) s
                -- one figure of one slice, found among its import's figures (trade_figure is indexed by import)
                cross join lateral (select valuation from trade_figure
                                    where import_id = s.import_id and slice_key = s.slice_key limit 1) f""")
                .param("reporter", reporter.value()).param("partner", partner.value()).param("flow", flow)
                .param("from", year).param("to", year.plusYears(1)).query(String.class).optional()
                .orElse("");
    }

    /** How many of the months from {@code lastBefore} to {@code year} and from {@code lastThis} to a year later the exporter holds. */
    int monthsHeld(CountryCode exporter, CountryCode importer, LocalDate lastBefore, LocalDate year, LocalDate lastThis) {
        return jdbc.sql("""
                select count(distinct period) from trade_total
                where reporter = :exporter and partner = :importer and flow = 'X' and level = 'total' and freq = 'M'
                  and ((period >= :lastBefore and period < :year) or (period >= :lastThis and period < :next))""")
                .param("exporter", exporter.value()).param("importer", importer.value()).param("lastBefore", lastBefore)
                .param("year", year).param("lastThis", lastThis).param("next", year.plusYears(1))
                .query(Integer.class).single();
    }

    /** By product, the exporter's months before the year from {@code lastBefore} less its year's last months from {@code lastThis}. */
    Map<String, BigDecimal> shift(CountryCode exporter, CountryCode importer, LocalDate year, HsLevel level,
                                  LocalDate lastBefore, LocalDate lastThis) {
        Map<String, BigDecimal> shift = new HashMap<>();
        jdbc.sql("""
                select code, sum(case when period < :year then value_usd else -value_usd end) from trade_total
                where reporter = :exporter and partner = :importer and flow = 'X' and level = :level and freq = 'M'
                  and ((period >= :lastBefore and period < :year) or (period >= :lastThis and period < :next))
                group by code""")
                .param("year", year).param("exporter", exporter.value()).param("importer", importer.value())
                .param("level", level.label()).param("lastBefore", lastBefore).param("lastThis", lastThis)
                .param("next", year.plusYears(1))
                .query(rs -> {
                    shift.put(rs.getString(1), rs.getBigDecimal(2));
                });
        return shift;
    }
}
