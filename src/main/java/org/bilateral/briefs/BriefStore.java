package org.bilateral.briefs;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bilateral.shared.CountryCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The briefs kept, each whole as JSON beside the versions of the record it was made from; the SQL of {@link Briefs}. */
@Repository
class BriefStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    BriefStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long keep(Brief brief, Briefs.Inputs inputs, String by) {
        BriefRequest r = brief.request();
        return jdbc.sql("""
                        insert into brief (a, b, for_date, since, language, sections, prepared_at, prepared_by, inputs, brief)
                        values (:a, :b, :forDate, :since, :language, :sections, :preparedAt, :by, cast(:inputs as jsonb),
                                cast(:brief as jsonb)) returning id""")
                .param("a", r.a().value()).param("b", r.b().value()).param("forDate", r.forDate()).param("since", r.since())
                .param("language", r.language().code())
                .param("sections", r.sections().stream().map(BriefSection::code).collect(Collectors.joining(",")))
                .param("preparedAt", OffsetDateTime.ofInstant(brief.preparedAt(), ZoneOffset.UTC)).param("by", by)
                .param("inputs", json.writeValueAsString(inputs)).param("brief", json.writeValueAsString(brief))
                .query(Long.class).single();
    }

    Optional<Briefs.Kept> kept(long id) {
        return jdbc.sql("select id, prepared_by, inputs::text, brief::text from brief where id = :id").param("id", id)
                .query((rs, n) -> new Briefs.Kept(rs.getLong(1), rs.getString(2), json.readValue(rs.getString(3), Briefs.Inputs.class),
                        json.readValue(rs.getString(4), Brief.class)))
                .optional();
    }

    /** The briefs made, newest first, at most 200; of one pair, either way round, when both are given. */
    List<Briefs.Made> history(@Nullable CountryCode a, @Nullable CountryCode b) {
        return jdbc.sql("""
                        select id, a, b, for_date, since, language, prepared_at, prepared_by from brief
                        where (cast(:a as text) is null or (a = :a and b = :b) or (a = :b and b = :a))
                        order by prepared_at desc, id desc limit 200""")
                .param("a", a == null ? null : a.value()).param("b", b == null ? null : b.value())
                .query((rs, n) -> new Briefs.Made(rs.getLong(1), CountryCode.of(rs.getString(2)), CountryCode.of(rs.getString(3)),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), BriefLanguage.parse(rs.getString(6)),
                        rs.getObject(7, OffsetDateTime.class).toInstant(), rs.getString(8)))
                .list();
    }

    /** The number of the pair's latest brief dated before this date, either way round. */
    Optional<Long> previous(CountryCode a, CountryCode b, LocalDate before) {
        return jdbc.sql("""
                        select id from brief where ((a = :a and b = :b) or (a = :b and b = :a)) and for_date < :before
                        order by for_date desc, id desc limit 1""")
                .param("a", a.value()).param("b", b.value()).param("before", before)
                .query(Long.class).optional();
    }

    /** When the pair's latest brief, either way round, was made. */
    Optional<java.time.Instant> lastMade(CountryCode a, CountryCode b) {
        return jdbc.sql("select prepared_at from brief where (a = :a and b = :b) or (a = :b and b = :a) order by prepared_at desc limit 1")
                .param("a", a.value()).param("b", b.value())
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class)).optional().map(OffsetDateTime::toInstant);
    }
}
