package org.bilateral.tariffs;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bilateral.shared.HsCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the schedule: its versions and their lines. */
@Repository
class TariffStore {

    /** Between a line's printed values when they travel as one text: the unit separator, which no printed value holds. */
    private static final String SEPARATOR = "\u001f";

    private static final String SCHEDULE_COLUMNS = "schedule_id, in_force_from, source, sha256, lines, loaded_at";

    /** A line as held: its fields and its printed values, in its schedule's agreements order. */
    record HeldLine(HsCode code, @Nullable BigDecimal mfnPercent, @Nullable String mfnText, @Nullable BigDecimal outOfQuotaPercent,
                    @Nullable String generalText,
                    List<String> printed) {
    }

    private final JdbcClient jdbc;

    TariffStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One load at a time: two loads crossing would each find the other's version missing. */
    void lock() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('tariffs load'))").query((rs, n) -> 1).list();
    }

    List<Schedule> schedules() {
        return jdbc.sql("select " + SCHEDULE_COLUMNS + " from tariff_schedule order by in_force_from").query((rs, n) -> schedule(rs)).list();
    }

    Optional<Schedule> schedule(ScheduleId id) {
        return jdbc.sql("select " + SCHEDULE_COLUMNS + " from tariff_schedule where schedule_id = :id").param("id", id.value())
                .query((rs, n) -> schedule(rs)).optional();
    }

    Optional<Schedule> bySha256(String sha256) {
        return jdbc.sql("select " + SCHEDULE_COLUMNS + " from tariff_schedule where sha256 = :sha").param("sha", sha256)
                .query((rs, n) -> schedule(rs)).optional();
    }

    Optional<Schedule> inForceFrom(LocalDate day) {
        return jdbc.sql("select " + SCHEDULE_COLUMNS + " from tariff_schedule where in_force_from = :day").param("day", Date.valueOf(day))
                .query((rs, n) -> schedule(rs)).optional();
    }

    List<Agreement> agreements(ScheduleId id) {
        return jdbc.sql("select unnest(agreements) from tariff_schedule where schedule_id = :id").param("id", id.value())
                .query((rs, n) -> Agreement.ofColumn(rs.getString(1)).orElseThrow()).list();
    }

    ScheduleId insert(LocalDate inForceFrom, String source, String sha256, int year, List<Agreement> agreements, String by,
                      List<TariffFiles.Row> rows) {
        long id = jdbc.sql("""
                insert into tariff_schedule (in_force_from, source, sha256, file_year, lines, agreements, loaded_by)
                values (:day, :source, :sha, :year, :lines, cast(:agreements as text[]), :by) returning schedule_id""")
                .param("day", Date.valueOf(inForceFrom)).param("source", source).param("sha", sha256).param("year", year)
                .param("lines", rows.size()).param("agreements", agreements.stream().map(Agreement::column).toArray(String[]::new))
                .param("by", by).query(Long.class).single();
        // one statement for the whole schedule: 11,414 lines, their printed values joined by the unit separator
        jdbc.sql("""
                insert into tariff_line (schedule_id, hs_code, mfn_percent, mfn_text, out_of_quota_percent, general_text, printed)
                select :id, c, m, t, q, g, string_to_array(p, chr(31))
                from unnest(cast(:codes as text[]), cast(:mfn as numeric[]), cast(:texts as text[]), cast(:quota as numeric[]),
                            cast(:general as text[]), cast(:printed as text[])) n(c, m, t, q, g, p)""")
                .param("id", id)
                .param("codes", rows.stream().map(r -> r.code().digits()).toArray(String[]::new))
                .param("mfn", rows.stream().map(TariffFiles.Row::mfnPercent).toArray(BigDecimal[]::new))
                .param("texts", rows.stream().map(TariffFiles.Row::mfnText).toArray(String[]::new))
                .param("quota", rows.stream().map(TariffFiles.Row::outOfQuotaPercent).toArray(BigDecimal[]::new))
                .param("general", rows.stream().map(TariffFiles.Row::generalText).toArray(String[]::new))
                .param("printed", rows.stream().map(r -> String.join(SEPARATOR, r.printed())).toArray(String[]::new))
                .update();
        return new ScheduleId(id);
    }

    /** The schedule's lines under a code prefix ("" for all), in code order. */
    List<HeldLine> lines(ScheduleId id, String prefix) {
        return jdbc.sql("""
                        select hs_code, mfn_percent, mfn_text, out_of_quota_percent, general_text, printed
                        from tariff_line where schedule_id = :id and starts_with(hs_code, :prefix) order by hs_code""")
                .param("id", id.value()).param("prefix", prefix).query((rs, n) -> line(rs)).list();
    }

    boolean any(ScheduleId id, String prefix) {
        return jdbc.sql("select exists (select 1 from tariff_line where schedule_id = :id and starts_with(hs_code, :prefix))")
                .param("id", id.value()).param("prefix", prefix).query(Boolean.class).single();
    }

    private static HeldLine line(ResultSet rs) throws SQLException {
        Array printed = rs.getArray("printed");
        List<String> values = new ArrayList<>(List.of((String[]) printed.getArray()));
        return new HeldLine(new HsCode(rs.getString("hs_code")), rs.getBigDecimal("mfn_percent"), rs.getString("mfn_text"),
                rs.getBigDecimal("out_of_quota_percent"), rs.getString("general_text"), values);
    }

    private static Schedule schedule(ResultSet rs) throws SQLException {
        return new Schedule(new ScheduleId(rs.getLong("schedule_id")), rs.getDate("in_force_from").toLocalDate(), rs.getString("source"),
                rs.getString("sha256"), rs.getInt("lines"), rs.getTimestamp("loaded_at").toInstant());
    }
}
