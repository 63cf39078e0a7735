package org.bilateral.sources;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind the runs' record and the sources' settings. */
@Repository
class SourceRunStore {

    private static final String COLUMNS = """
            id, source_id, actor, started_at, finished_at, outcome, asked, stored, unchanged, lines::text, failure::text,
            failed_address
            """;

    private final JdbcClient jdbc;

    SourceRunStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A source's schedule and switch as an administrator set them. */
    record Setting(String sourceId, boolean enabled, String schedule) {
    }

    /** Starts a run, or answers nothing when one of the source is running already (the one-running index decides). */
    Optional<Long> start(String sourceId, String actor, Instant at) {
        return jdbc.sql("""
                insert into source_run (source_id, actor, started_at, outcome) values (:source, :actor, :at, 'running')
                on conflict (source_id) where outcome = 'running' do nothing returning id""")
                .param("source", sourceId).param("actor", actor).param("at", utc(at)).query(Long.class).optional();
    }

    /** Marks as failed a run still said to be running that started before {@code before}: its process is gone. */
    int abandon(String sourceId, Instant before, Instant now, Said failure) {
        return jdbc.sql("""
                update source_run set outcome = 'failed', finished_at = :now, failure = cast(:failure as jsonb)
                where source_id = :source and outcome = 'running' and started_at < :before""")
                .param("source", sourceId).param("before", utc(before)).param("now", utc(now))
                .param("failure", SaidJson.write(failure)).update();
    }

    void succeeded(long id, Instant at, PullReport report) {
        jdbc.sql("""
                update source_run set outcome = 'succeeded', finished_at = :at, asked = :asked, stored = :stored,
                       unchanged = :unchanged, lines = cast(:lines as jsonb)
                where id = :id and outcome = 'running'""")
                .param("id", id).param("at", utc(at)).param("asked", report.asked()).param("stored", report.stored())
                .param("unchanged", report.unchanged()).param("lines", SaidJson.writeAll(report.lines())).update();
    }

    void failed(long id, Instant at, Said failure, @Nullable String address) {
        jdbc.sql("""
                update source_run set outcome = 'failed', finished_at = :at, failure = cast(:failure as jsonb),
                       failed_address = :address
                where id = :id and outcome = 'running'""")
                .param("id", id).param("at", utc(at)).param("failure", SaidJson.write(failure)).param("address", address)
                .update();
    }

    long skipped(String sourceId, String actor, Instant at, Said why) {
        return jdbc.sql("""
                insert into source_run (source_id, actor, started_at, finished_at, outcome, failure)
                values (:source, :actor, :at, :at, 'skipped', cast(:failure as jsonb)) returning id""")
                .param("source", sourceId).param("actor", actor).param("at", utc(at)).param("failure", SaidJson.write(why))
                .query(Long.class).single();
    }

    Optional<SourceRun> run(long id) {
        return jdbc.sql("select " + COLUMNS + " from source_run where id = :id").param("id", id)
                .query(SourceRunStore::run).optional();
    }

    /** The newest runs of a source, newest first. */
    List<SourceRun> recent(String sourceId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from source_run where source_id = :source order by started_at desc, id desc limit :limit")
                .param("source", sourceId).param("limit", limit).query(SourceRunStore::run).list();
    }

    /** The newest run of a source that ended so. */
    Optional<SourceRun> last(String sourceId, SourceRun.Outcome outcome) {
        return jdbc.sql("select " + COLUMNS + """
                 from source_run where source_id = :source and outcome = :outcome order by started_at desc, id desc limit 1""")
                .param("source", sourceId).param("outcome", outcome.stored()).query(SourceRunStore::run).optional();
    }

    Optional<Setting> setting(String sourceId) {
        return jdbc.sql("select source_id, enabled, schedule from source_setting where source_id = :source")
                .param("source", sourceId)
                .query((rs, n) -> new Setting(rs.getString(1), rs.getBoolean(2), rs.getString(3))).optional();
    }

    void set(Setting setting, Instant at, String actor) {
        jdbc.sql("""
                insert into source_setting (source_id, enabled, schedule, changed_at, changed_by)
                values (:source, :enabled, :schedule, :at, :actor)
                on conflict (source_id) do update set enabled = excluded.enabled, schedule = excluded.schedule,
                       changed_at = excluded.changed_at, changed_by = excluded.changed_by""")
                .param("source", setting.sourceId()).param("enabled", setting.enabled()).param("schedule", setting.schedule())
                .param("at", utc(at)).param("actor", actor).update();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static SourceRun run(ResultSet rs, int n) throws SQLException {
        OffsetDateTime finished = rs.getObject(5, OffsetDateTime.class);
        String failure = rs.getString(11);
        return new SourceRun(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class).toInstant(),
                finished == null ? null : finished.toInstant(), SourceRun.Outcome.of(rs.getString(6)), rs.getInt(7), rs.getInt(8),
                rs.getInt(9), SaidJson.readAll(rs.getString(10)), failure == null ? null : SaidJson.read(failure), rs.getString(12));
    }
}
