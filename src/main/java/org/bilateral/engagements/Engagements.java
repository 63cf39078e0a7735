package org.bilateral.engagements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bilateral.engagements.Directory.OrganisationId;
import org.bilateral.engagements.Directory.PersonId;
import org.bilateral.shared.ReportedDate;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Engagements on one timeline. The same meeting told by two outlets is one engagement with two sources: same kind,
 * same day and two participants in common. When the day or the participants only nearly agree, the merge is proposed.
 */
@Service
public class Engagements {

    public record EngagementId(long value) {
    }

    /** {@code talks} names the pair of countries of a negotiation round, or of the round an event was beside. */
    public record RecordEngagement(EngagementKind kind, ReportedDate happened, ReportedDate ended, String place, Integer round,
                                   Talks talks, List<PersonId> people, List<OrganisationId> organisations, List<String> topics,
                                   Integer sidelinesOfRound, long pressReleaseId, String source, String evidence) {
        public RecordEngagement {
            if (kind == null) {
                throw new IllegalArgumentException("an engagement needs its kind");
            }
            people = List.copyOf(people);
            organisations = List.copyOf(organisations);
            topics = List.copyOf(topics);
        }
    }

    public record Participant(String type, long id, String name, String title, String country) {
    }

    public record Source(long pressReleaseId, String name, String evidence) {
    }

    public record Engagement(long id, EngagementKind kind, String happened, String ended, String place, Integer round,
                             Talks talks, Long sidelinesOf, List<Participant> participants, List<String> topics, List<Source> sources) {
    }

    private final JdbcClient jdbc;
    private final MergeProposals merges;

    Engagements(JdbcClient jdbc, MergeProposals merges) {
        this.jdbc = jdbc;
        this.merges = merges;
    }

    @Transactional
    public EngagementId record(RecordEngagement c) {
        Set<String> participants = keys(c.people(), c.organisations());
        Long same = null;
        Long likely = null;
        String likelyReason = null;
        if (c.kind() == EngagementKind.NEGOTIATION_ROUND && c.round() != null) {
            same = jdbc.sql("""
                            select id from engagement where kind = 'negotiation_round' and round = :r and talks is not distinct from :t
                            order by id limit 1""")
                    .param("r", c.round()).param("t", talks(c)).query(Long.class).optional().orElse(null);
        } else {
            for (Candidate other : candidates(c)) {
                Set<String> common = new HashSet<>(participants);
                common.retainAll(other.participants());
                boolean sameDay = c.happened() != null && c.happened().toString().equals(other.happened());
                if (sameDay && common.size() >= 2 && other.kind() == c.kind()) {
                    same = other.id();
                    break;
                }
                if (likely == null && common.size() >= 2 && (c.happened() == null || other.happened() == null || nearDays(c.happened(), other.happened()))) {
                    likely = other.id();
                    likelyReason = common.size() + " participants in common and " + (c.happened() == null || other.happened() == null
                            ? "a day given by only one report" : "days within two days of each other");
                }
            }
        }
        long id;
        if (same != null) {
            id = same;
            jdbc.sql("""
                            update engagement set happened = coalesce(happened, :h), ended = coalesce(ended, :e), place = coalesce(place, :p),
                                   day = coalesce(day, :d), talks = coalesce(talks, :t) where id = :id""")
                    .param("t", talks(c))
                    .param("h", text(c.happened())).param("e", text(c.ended())).param("p", c.place())
                    .param("d", c.happened() == null ? null : c.happened().toLocalDate()).param("id", id).update();
        } else {
            id = jdbc.sql("""
                            insert into engagement (kind, happened, ended, day, place, round, talks)
                            values (:k, :h, :e, :d, :p, :r, :t) returning id""")
                    .param("t", talks(c))
                    .param("k", c.kind().code()).param("h", text(c.happened())).param("e", text(c.ended()))
                    .param("d", c.happened() == null ? null : c.happened().toLocalDate()).param("p", c.place()).param("r", c.round())
                    .query(Long.class).single();
            if (likely != null) {
                merges.propose(MergeSubject.ENGAGEMENT, likely, id, likelyReason);
            }
        }
        if (c.sidelinesOfRound() != null) {
            jdbc.sql("""
                            update engagement set sidelines_of = (
                                select id from engagement where kind = 'negotiation_round' and round = :r and talks is not distinct from :t
                                order by id limit 1)
                            where id = :id and sidelines_of is null""")
                    .param("r", c.sidelinesOfRound()).param("t", talks(c)).param("id", id).update();
        }
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
        return new EngagementId(id);
    }

    private record Candidate(long id, EngagementKind kind, String happened, Set<String> participants) {
    }

    private List<Candidate> candidates(RecordEngagement c) {
        List<Long> people = c.people().stream().map(PersonId::value).toList();
        List<Long> orgs = c.organisations().stream().map(OrganisationId::value).toList();
        if (people.isEmpty() && orgs.isEmpty()) {
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
                .param("people", people.toArray(Long[]::new)).param("orgs", orgs.toArray(Long[]::new))
                .query((rs, n) -> new Candidate(rs.getLong(1), EngagementKind.parse(rs.getString(2)), rs.getString(3),
                        Set.of((String[]) rs.getArray(4).getArray())))
                .list();
    }

    private static Set<String> keys(List<PersonId> people, List<OrganisationId> orgs) {
        Set<String> keys = new HashSet<>();
        people.forEach(p -> keys.add("p" + p.value()));
        orgs.forEach(o -> keys.add("o" + o.value()));
        return keys;
    }

    private static boolean nearDays(ReportedDate a, String b) {
        ReportedDate other = ReportedDate.parse(b);
        if (a.yearKnown() && other.yearKnown()) {
            return Math.abs(a.toLocalDate().toEpochDay() - other.toLocalDate().toEpochDay()) <= 2;
        }
        return a.month() == other.month() && Math.abs(a.day() - other.day()) <= 2;
    }

    private static String text(ReportedDate d) {
        return d == null ? null : d.toString();
    }

    // --- the timeline --------------------------------------------------------------------------------------------

    /** Engagements newest first; those of one person or organisation when asked. */
    public List<Engagement> timeline(Long personId, Long organisationId) {
        List<Long> ids = jdbc.sql("""
                        select e.id from engagement e
                        where (cast(:p as bigint) is null or exists (select 1 from engagement_participant x where x.engagement_id = e.id and x.person_id = :p))
                          and (cast(:o as bigint) is null or exists (select 1 from engagement_participant x where x.engagement_id = e.id and x.organisation_id = :o))
                        order by coalesce(e.day, to_date(nullif(replace(e.happened, 'XXXX', '1900'), ''), 'YYYY-MM-DD')) desc nulls last, e.id desc""")
                .param("p", personId).param("o", organisationId).query(Long.class).list();
        return load(ids);
    }

    public Optional<Engagement> engagement(long id) {
        return load(List.of(id)).stream().findFirst();
    }

    /** Engagements reported in any of these press releases, or with these ids, newest first. */
    public List<Engagement> reportedInOrListed(java.util.Collection<Long> pressReleaseIds, java.util.Collection<Long> ids) {
        return load(jdbc.sql("""
                        select e.id from engagement e
                        where e.id = any(:ids) or exists (select 1 from engagement_source s where s.engagement_id = e.id and s.press_release_id = any(:p))
                        order by coalesce(e.day, to_date(nullif(replace(e.happened, 'XXXX', '1900'), ''), 'YYYY-MM-DD')) desc nulls last, e.id desc""")
                .param("ids", ids.toArray(Long[]::new)).param("p", pressReleaseIds.toArray(Long[]::new)).query(Long.class).list());
    }

    /** The engagements with these ids, in this order: four queries however many there are. */
    private List<Engagement> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Long[] keys = ids.toArray(Long[]::new);
        Map<Long, List<Participant>> participants = new HashMap<>();
        jdbc.sql("""
                        select x.engagement_id, 'person', p.id, p.name,
                               (select title from person_title t where t.person_id = p.id order by last_seen desc nulls last, id desc limit 1), p.country
                        from engagement_participant x join person p on p.id = x.person_id where x.engagement_id = any(:ids)
                        union all
                        select x.engagement_id, 'organisation', o.id, o.name, null, o.country
                        from engagement_participant x join organisation o on o.id = x.organisation_id where x.engagement_id = any(:ids)""")
                .param("ids", keys)
                .query((rs, n) -> Map.entry(rs.getLong(1), new Participant(rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6))))
                .list().forEach(e -> participants.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, List<String>> topics = new HashMap<>();
        jdbc.sql("select engagement_id, topic from engagement_topic where engagement_id = any(:ids) order by topic").param("ids", keys)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list().forEach(e -> topics.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, List<Source>> sources = new HashMap<>();
        jdbc.sql("select engagement_id, press_release_id, source, evidence from engagement_source where engagement_id = any(:ids) order by press_release_id")
                .param("ids", keys)
                .query((rs, n) -> Map.entry(rs.getLong(1), new Source(rs.getLong(2), rs.getString(3), rs.getString(4))))
                .list().forEach(e -> sources.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, Engagement> byId = new HashMap<>();
        jdbc.sql("select id, kind, happened, ended, place, round, sidelines_of, talks from engagement where id = any(:ids)").param("ids", keys)
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    return new Engagement(id, EngagementKind.parse(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5),
                            (Integer) rs.getObject(6), Talks.parse(rs.getString(8)), (Long) rs.getObject(7), participants.getOrDefault(id, List.of()),
                            topics.getOrDefault(id, List.of()), sources.getOrDefault(id, List.of()));
                })
                .list().forEach(e -> byId.put(e.id(), e));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private static String talks(RecordEngagement c) {
        return c.talks() == null ? null : c.talks().code();
    }

    public long count() {
        return jdbc.sql("select count(*) from engagement").query(Long.class).single();
    }

    @EventListener
    void on(MergeConfirmed merge) {
        if (merge.subject() != MergeSubject.ENGAGEMENT) {
            return;
        }
        long kept = merge.keptId();
        long gone = merge.mergedId();
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

}
