package org.bilateral.briefs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bilateral.commitments.PurchaseCommitments;
import org.bilateral.engagements.Engagements;
import org.bilateral.policy.Asks;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.NotFound;
import org.bilateral.tradestats.Source;
import org.bilateral.tradestats.StatisticsSources;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes briefs and keeps each as it was made, with the versions of the record it was made from: last round's brief
 * reopens exactly, and the next one says what changed since it.
 */
@Service
public class Briefs {

    /** How far back a brief looks when the pair has no earlier brief and none is asked: half a year. */
    static final int DEFAULT_MONTHS_BACK = 6;

    /**
     * The versions of the record a brief was made from: the imports of statistics, and how many deals, engagements, asks
     * and positions there were.
     */
    public record Inputs(List<Long> statisticsImports, int deals, long engagements, int asks, int positions) {
    }

    /** A brief kept: its number, who made it, from what, and the brief itself. */
    public record Kept(long id, String preparedBy, Inputs inputs, Brief brief) {
    }

    /** A line of the history: enough to choose one to reopen. */
    public record Made(long id, CountryCode a, CountryCode b, LocalDate forDate, LocalDate since, BriefLanguage language,
                       Instant preparedAt, String preparedBy) {
    }

    private final BriefComposer composer;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final StatisticsSources statisticsSources;
    private final PurchaseCommitments commitments;
    private final Engagements engagements;
    private final Asks asks;

    Briefs(BriefComposer composer, JdbcClient jdbc, JsonMapper json, StatisticsSources statisticsSources, PurchaseCommitments commitments,
           Engagements engagements, Asks asks) {
        this.composer = composer;
        this.jdbc = jdbc;
        this.json = json;
        this.statisticsSources = statisticsSources;
        this.commitments = commitments;
        this.engagements = engagements;
        this.asks = asks;
    }

    /**
     * Composes the brief and keeps it. Its start date is the one asked, else the date of the pair's previous brief, else
     * half a year before its date; the previous brief (the latest of the pair dated before it) gives what changed.
     */
    @Transactional
    public Kept make(BriefRequest asked, String by) {
        Optional<Kept> previous = previous(asked.a(), asked.b(), asked.forDate());
        LocalDate since = asked.since() != null ? asked.since()
                : previous.map(p -> p.brief().request().forDate()).orElse(asked.forDate().minusMonths(DEFAULT_MONTHS_BACK));
        BriefRequest r = asked.since(since);
        Brief brief = composer.compose(r, previous.map(Kept::id).orElse(0L), previous.map(Kept::brief).orElse(null));
        Inputs inputs = inputs();
        long id = jdbc.sql("""
                        insert into brief (a, b, for_date, since, language, sections, prepared_at, prepared_by, inputs, brief)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb) returning id""")
                .params(r.a().value(), r.b().value(), r.forDate(), since, r.language().code(),
                        r.sections().stream().map(BriefSection::code).collect(Collectors.joining(",")),
                        OffsetDateTime.ofInstant(brief.preparedAt(), java.time.ZoneOffset.UTC), by, json.writeValueAsString(inputs),
                        json.writeValueAsString(brief))
                .query(Long.class).single();
        return new Kept(id, by, inputs, brief);
    }

    /** A brief exactly as it was made. */
    public Kept kept(long id) {
        return jdbc.sql("select id, prepared_by, inputs::text, brief::text from brief where id = ?").param(id)
                .query((rs, n) -> new Kept(rs.getLong(1), rs.getString(2), json.readValue(rs.getString(3), Inputs.class),
                        json.readValue(rs.getString(4), Brief.class)))
                .optional().orElseThrow(() -> new NotFound(NotFound.Thing.BRIEF, id));
    }

    /** The briefs made, newest first; of one pair when both are given. */
    public List<Made> history(CountryCode a, CountryCode b) {
        return jdbc.sql("""
                        select id, a, b, for_date, since, language, prepared_at, prepared_by from brief
                        where (cast(:a as text) is null or (a = :a and b = :b) or (a = :b and b = :a))
                        order by prepared_at desc, id desc limit 200""")
                .param("a", a == null ? null : a.value()).param("b", b == null ? null : b.value())
                .query((rs, n) -> new Made(rs.getLong(1), CountryCode.of(rs.getString(2)), CountryCode.of(rs.getString(3)),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), BriefLanguage.parse(rs.getString(6)),
                        rs.getObject(7, OffsetDateTime.class).toInstant(), rs.getString(8)))
                .list();
    }

    /** The pair's latest brief dated before this date, either way round. */
    private Optional<Kept> previous(CountryCode a, CountryCode b, LocalDate before) {
        return jdbc.sql("""
                        select id from brief where ((a = :a and b = :b) or (a = :b and b = :a)) and for_date < :before
                        order by for_date desc, id desc limit 1""")
                .param("a", a.value()).param("b", b.value()).param("before", before)
                .query(Long.class).optional().map(this::kept);
    }

    private Inputs inputs() {
        List<Asks.Ask> all = asks.list(null, null);
        return new Inputs(statisticsSources.imports().stream().map(Source::importId).sorted().toList(), commitments.deals().size(),
                engagements.count(), all.size(), all.stream().mapToInt(a -> a.positions().size()).sum());
    }
}
