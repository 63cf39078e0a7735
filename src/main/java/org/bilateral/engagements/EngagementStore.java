package org.bilateral.engagements;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.bilateral.engagements.Directory.OrganisationId;
import org.bilateral.engagements.Directory.PersonId;
import org.bilateral.engagements.Engagements.Engagement;
import org.bilateral.engagements.Engagements.Participant;
import org.bilateral.engagements.Engagements.RecordEngagement;
import org.bilateral.engagements.Engagements.Source;
import org.bilateral.shared.ReportedDate;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind the timeline: engagements, their participants, topics and sources. Runs in the caller's transaction. */
@Repository
class EngagementStore {

    /** Newest first by the day, or by the day written when only month and day are known; undated last. */
    private static final String NEWEST_FIRST =
            "order by coalesce(e.day, to_date(nullif(replace(e.happened, 'XXXX', '1900'), ''), 'YYYY-MM-DD')) desc nulls last, e.id desc";

    private final JdbcClient jdbc;

    EngagementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The negotiation round of this number in these talks, the first recorded. */
    Optional<Long> round(int round, @Nullable Talks talks) {
        return jdbc.sql("""
                        select id from engagement where kind = 'negotiation_round' and round = :r and talks is not distinct from :t
                        order by id limit 1""")
                .param("r", round).param("t", code(talks)).query(Long.class).optional();
    }

    /** The engagements other than rounds sharing a participant with these, oldest first. */
    List<SameEngagement.Candidate> sharingParticipants(List<PersonId> people, List<OrganisationId> organisations) {
        if (people.isEmpty() && organisations.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select e.id, e.kind, e.happened,
                               array_agg(case when p.person_id is not null then 'p' || p.person_id else 'o' || p.organisation_id end)::text[] as keys
                        from engagement e join engagement_participant p on p.engagement_id = e.id
                        where e.kind <> 'negotiation_round' and e.id in (
                            select engagement_id from engagement_participant
                            where person_id = any(:people) or organisation_id = any(:orgs))
                        group by e.id order by e.id""")
                .param("people", people.stream().map(PersonId::value).toArray(Long[]::new))
                .param("orgs", organisations.stream().map(OrganisationId::value).toArray(Long[]::new))
                .query((rs, n) -> new SameEngagement.Candidate(rs.getLong(1), EngagementKind.parse(rs.getString(2)), rs.getString(3),
                        java.util.Set.of((String[]) rs.getArray(4).getArray())))
                .list();
    }

    long insert(RecordEngagement c) {
        return jdbc.sql("""
                        insert into engagement (kind, happened, ended, day, place, round, talks)
                        values (:k, :h, :e, :d, :p, :r, :t) returning id""")
                .param("k", c.kind().code()).param("h", text(c.happened())).param("e", text(c.ended())).param("d", day(c.happened()))
                .param("p", c.place()).param("r", c.round()).param("t", code(c.talks()))
                .query(Long.class).single();
    }

    /** What the timeline did not know of an engagement yet, never replacing what it knew. */
    void fillIn(long id, RecordEngagement c) {
        jdbc.sql("""
                        update engagement set happened = coalesce(happened, :h), ended = coalesce(ended, :e), place = coalesce(place, :p),
                               day = coalesce(day, :d), talks = coalesce(talks, :t) where id = :id""")
                .param("h", text(c.happened())).param("e", text(c.ended())).param("p", c.place()).param("d", day(c.happened()))
                .param("t", code(c.talks())).param("id", id).update();
    }

    /** An event held beside a negotiation round: it points to the round, if the round is recorded and it points nowhere yet. */
    void beside(long id, int round, @Nullable Talks talks) {
        jdbc.sql("""
                        update engagement set sidelines_of = (
                            select id from engagement where kind = 'negotiation_round' and round = :r and talks is not distinct from :t
                            order by id limit 1)
                        where id = :id and sidelines_of is null""")
                .param("r", round).param("t", code(talks)).param("id", id).update();
    }

    /** The participants, topics and source a report adds to an engagement; what it had already stays once. */
    void add(long id, RecordEngagement c) {
        for (PersonId p : c.people()) {
            jdbc.sql("insert into engagement_participant (engagement_id, person_id) values (:e, :p) on conflict do nothing")
                    .param("e", id).param("p", p.value()).update();
        }
        for (OrganisationId o : c.organisations()) {
            jdbc.sql("insert into engagement_participant (engagement_id, organisation_id) values (:e, :o) on conflict do nothing")
                    .param("e", id).param("o", o.value()).update();
        }
        for (String t : c.topics()) {
            jdbc.sql("insert into engagement_topic (engagement_id, topic) values (:e, :t) on conflict do nothing").param("e", id).param("t", t).update();
        }
        jdbc.sql("""
                        insert into engagement_source (engagement_id, press_release_id, source, evidence) values (:e, :d, :s, :ev)
                        on conflict do nothing""")
                .param("e", id).param("d", c.pressReleaseId()).param("s", c.source()).param("ev", c.evidence()).update();
    }

    /** The engagements' numbers newest first; those of one person or organisation when given. */
    List<Long> timeline(@Nullable Long personId, @Nullable Long organisationId) {
        return jdbc.sql("""
                        select e.id from engagement e
                        where (cast(:p as bigint) is null or exists (select 1 from engagement_participant x where x.engagement_id = e.id and x.person_id = :p))
                          and (cast(:o as bigint) is null or exists (select 1 from engagement_participant x where x.engagement_id = e.id and x.organisation_id = :o))
                        """ + NEWEST_FIRST)
                .param("p", personId).param("o", organisationId).query(Long.class).list();
    }

    /** The numbers of engagements reported in any of these press releases, or of these numbers, newest first. */
    List<Long> reportedInOrListed(Collection<Long> pressReleaseIds, Collection<Long> ids) {
        return jdbc.sql("""
                        select e.id from engagement e
                        where e.id = any(:ids) or exists (select 1 from engagement_source s where s.engagement_id = e.id and s.press_release_id = any(:p))
                        """ + NEWEST_FIRST)
                .param("ids", ids.toArray(Long[]::new)).param("p", pressReleaseIds.toArray(Long[]::new)).query(Long.class).list();
    }

    long count() {
        return jdbc.sql("select count(*) from engagement").query(Long.class).single();
    }

    /** The numbers of the engagements entered after {@code since}, with when each was, the newest first. */
    Map<Long, java.time.Instant> enteredSince(java.time.Instant since) {
        Map<Long, java.time.Instant> entered = new java.util.LinkedHashMap<>();
        jdbc.sql("select id, created_at from engagement where created_at > :since order by created_at desc, id desc")
                .param("since", java.time.OffsetDateTime.ofInstant(since, java.time.ZoneOffset.UTC))
                .query(rs -> {
                    entered.put(rs.getLong(1), rs.getObject(2, java.time.OffsetDateTime.class).toInstant());
                });
        return entered;
    }

    /** The engagements of these numbers, in this order: four queries however many there are. */
    List<Engagement> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Long[] keys = ids.toArray(Long[]::new);
        Map<Long, List<Participant>> participants = participants(keys);
        Map<Long, List<String>> topics = grouped(jdbc.sql(
                        "select engagement_id, topic from engagement_topic where engagement_id = any(:ids) order by topic").param("ids", keys)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list());
        Map<Long, List<Source>> sources = grouped(jdbc.sql("""
                        select engagement_id, press_release_id, source, evidence from engagement_source
                        where engagement_id = any(:ids) order by press_release_id""").param("ids", keys)
                .query((rs, n) -> Map.entry(rs.getLong(1), new Source(rs.getLong(2), rs.getString(3), rs.getString(4)))).list());
        Map<Long, Engagement> byId = new HashMap<>();
        jdbc.sql("select id, kind, happened, ended, place, round, sidelines_of, talks from engagement where id = any(:ids)").param("ids", keys)
                .query((rs, n) -> engagement(rs, participants, topics, sources)).list().forEach(e -> byId.put(e.id(), e));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private Map<Long, List<Participant>> participants(Long[] keys) {
        return grouped(jdbc.sql("""
                        select x.engagement_id, 'person', p.id, p.name,
                               (select title from person_title t where t.person_id = p.id order by last_seen desc nulls last, id desc limit 1), p.country
                        from engagement_participant x join person p on p.id = x.person_id where x.engagement_id = any(:ids)
                        union all
                        select x.engagement_id, 'organisation', o.id, o.name, null, o.country
                        from engagement_participant x join organisation o on o.id = x.organisation_id where x.engagement_id = any(:ids)""")
                .param("ids", keys)
                .query((rs, n) -> Map.entry(rs.getLong(1), new Participant(rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getString(6))))
                .list());
    }

    private static Engagement engagement(ResultSet rs, Map<Long, List<Participant>> participants, Map<Long, List<String>> topics,
                                         Map<Long, List<Source>> sources) throws SQLException {
        long id = rs.getLong(1);
        return new Engagement(id, EngagementKind.parse(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5),
                (Integer) rs.getObject(6), Talks.parse(rs.getString(8)), (Long) rs.getObject(7), participants.getOrDefault(id, List.of()),
                topics.getOrDefault(id, List.of()), sources.getOrDefault(id, List.of()));
    }

    private static <T> Map<Long, List<T>> grouped(List<Map.Entry<Long, T>> rows) {
        Map<Long, List<T>> grouped = new HashMap<>();
        rows.forEach(e -> grouped.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return grouped;
    }

    /** A confirmed merge: the kept engagement takes the merged one's participants, topics, sources and what it lacked. */
    void merge(long kept, long gone) {
        jdbc.sql("""
                        insert into engagement_participant (engagement_id, person_id, organisation_id)
                        select :k, person_id, organisation_id from engagement_participant where engagement_id = :m on conflict do nothing""")
                .param("k", kept).param("m", gone).update();
        jdbc.sql("insert into engagement_topic (engagement_id, topic) select :k, topic from engagement_topic where engagement_id = :m on conflict do nothing")
                .param("k", kept).param("m", gone).update();
        jdbc.sql("""
                        insert into engagement_source (engagement_id, press_release_id, source, evidence)
                        select :k, press_release_id, source, evidence from engagement_source where engagement_id = :m on conflict do nothing""")
                .param("k", kept).param("m", gone).update();
        jdbc.sql("""
                        update engagement k set happened = coalesce(k.happened, m.happened), day = coalesce(k.day, m.day), place = coalesce(k.place, m.place)
                        from engagement m where k.id = :k and m.id = :m""").param("k", kept).param("m", gone).update();
    }

    private static @Nullable String code(@Nullable Talks talks) {
        return talks == null ? null : talks.code();
    }

    private static @Nullable String text(@Nullable ReportedDate d) {
        return d == null ? null : d.toString();
    }

    private static java.time.@Nullable LocalDate day(@Nullable ReportedDate d) {
        return d == null ? null : d.toLocalDate();
    }
}
