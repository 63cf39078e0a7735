package org.bilateral.tradestats;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bilateral.shared.CountryCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind where statistics come from: the imports, which of them hold a pair's years, the HS editions. */
@Repository
class SourcesStore {

    private final JdbcClient jdbc;

    SourcesStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every import that holds statistics of this reporter about this partner, oldest first. */
    List<Source> sources(CountryCode reporter, CountryCode partner) {
        return jdbc.sql("""
                select i.id, i.dataset, i.file_name, i.sha256, i.imported_at, i.imported_by, i.figure_count, i.synthetic
                from trade_import i
                where i.id in (select distinct import_id from trade_slice where reporter = :reporter and partner = :partner)
                order by i.id""")
                .param("reporter", reporter.value()).param("partner", partner.value())
                .query((rs, n) -> source(rs))
                .list();
    }

    /** All imports, newest first. */
    List<Source> imports() {
        return jdbc.sql("""
                select id, dataset, file_name, sha256, imported_at, imported_by, figure_count, synthetic
                from trade_import order by id desc""")
                .query((rs, n) -> source(rs))
                .list();
    }

    /** Imports stored at or after a moment, oldest first, found through their index by time (V88). */
    List<Source> importedSince(java.time.Instant since) {
        return jdbc.sql("""
                select id, dataset, file_name, sha256, imported_at, imported_by, figure_count, synthetic
                from trade_import where imported_at >= :since order by imported_at, id""")
                .param("since", OffsetDateTime.ofInstant(since, java.time.ZoneOffset.UTC))
                .query((rs, n) -> source(rs))
                .list();
    }

    private static Source source(ResultSet rs) throws SQLException {
        return new Source(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6), rs.getLong(7), rs.getBoolean(8));
    }

    boolean hasStatistics() {
        return jdbc.sql("select exists (select 1 from trade_slice)").query(Boolean.class).single();
    }

    /** Which imports hold each year of the reporter's statistics on the partner; a year held by none is absent. */
    Map<Integer, YearProvenance> provenanceByYear(CountryCode reporter, CountryCode partner) {
        Map<Integer, Set<String>> names = new TreeMap<>();
        Set<Integer> synthetic = new TreeSet<>();
        jdbc.sql("""
                select distinct extract(year from s.period)::int, i.dataset, i.id, i.synthetic from trade_slice s
                join trade_import i on i.id = s.import_id where s.reporter = :reporter and s.partner = :partner""")
                .param("reporter", reporter.value()).param("partner", partner.value())
                .query(rs -> {
                    names.computeIfAbsent(rs.getInt(1), y -> new TreeSet<>()).add(rs.getString(2) + " #" + rs.getLong(3));
                    if (rs.getBoolean(4)) {
                        synthetic.add(rs.getInt(1));
                    }
                });
        Map<Integer, YearProvenance> result = new HashMap<>();
        names.forEach((year, set) -> result.put(year, new YearProvenance(
                reporter + " statistics: " + String.join(", ", set), synthetic.contains(year))));
        return result;
    }

    boolean isSynthetic(CountryCode reporter, CountryCode partner, int year) {
        return provenanceByYear(reporter, partner).getOrDefault(year, YearProvenance.NONE).synthetic();
    }

    /** The first and last year of each HS edition before {@code current} among the slices held in the range. */
    Map<Integer, int[]> olderEditions(CountryCode reporter, CountryCode partner, LocalDate from, LocalDate to, int current) {
        Map<Integer, int[]> years = new TreeMap<>();
        jdbc.sql("""
                select hs_revision, min(extract(year from period))::int, max(extract(year from period))::int from trade_slice
                where reporter = :reporter and partner = :partner and period between :from and :to
                  and hs_revision < :current group by 1""")
                .param("reporter", reporter.value()).param("partner", partner.value()).param("from", from).param("to", to)
                .param("current", current)
                .query(rs -> {
                    years.put(rs.getInt(1), new int[] {rs.getInt(2), rs.getInt(3)});
                });
        return years;
    }

    /**
     * The older subheadings the imports still holding a slice of a year noted (V36), by edition: each carried to its
     * HS 2022 code, or, with a null code, split. A revised file's notes replace the old file's.
     */
    void revisedCodes(CountryCode reporter, CountryCode partner, int fromYear, int toYear,
                      Map<Integer, Map<String, String>> renumbered, Map<Integer, Set<String>> split) {
        jdbc.sql("""
                select distinct c.hs_revision, c.reported_code, c.hs2022_code from trade_revision_code c
                where c.reporter = :reporter and c.partner = :partner and c.year between :from and :to
                  and exists (select 1 from trade_slice s where s.import_id = c.import_id and s.reporter = c.reporter
                                and s.partner = c.partner and s.hs_revision = c.hs_revision
                                and s.period >= make_date(c.year, 1, 1) and s.period < make_date(c.year + 1, 1, 1))""")
                .param("reporter", reporter.value()).param("partner", partner.value()).param("from", fromYear)
                .param("to", toYear)
                .query(rs -> {
                    String hs2022 = rs.getString(3);
                    if (hs2022 == null) {
                        split.computeIfAbsent(rs.getInt(1), r -> new TreeSet<>()).add(rs.getString(2));
                    } else {
                        renumbered.computeIfAbsent(rs.getInt(1), r -> new TreeMap<>()).put(rs.getString(2), hs2022);
                    }
                });
    }
}
