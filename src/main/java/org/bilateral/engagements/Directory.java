package org.bilateral.engagements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bilateral.shared.NameKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People and organisations, one record each however many spellings the reports use. Spellings that differ only in
 * accents, case or punctuation ("Lê Mạnh Hùng", "Le Manh Hung") are one name; organisation names that differ only
 * in a corporate word ("VietJet", "Vietjet Air") are one organisation. Likenesses short of that are proposed as
 * merges, never made.
 */
@Service
public class Directory {

    public record PersonId(long value) {
    }

    public record OrganisationId(long value) {
    }

    public record RecordPerson(String name, String title, String country, OrganisationId organisation, LocalDate seenOn) {
        public RecordPerson {
            if (name == null || name.isBlank() || NameKey.of(name).length() < 2) {
                throw new IllegalArgumentException("a person needs a name");
            }
            name = name.strip();
            title = title == null || title.isBlank() ? null : title.strip();
            country = country == null || country.isBlank() ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
        }
    }

    public record RecordOrganisation(String name, String acronym, String country, OrganisationKind kind) {
        public RecordOrganisation {
            if (name == null || name.isBlank() || NameKey.of(name).length() < 2) {
                throw new IllegalArgumentException("an organisation needs a name");
            }
            name = name.strip();
            acronym = acronym == null || acronym.isBlank() ? null : acronym.strip();
            country = country == null || country.isBlank() ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
            kind = kind == null ? OrganisationKind.OTHER : kind;
        }
    }

    public record Title(String title, LocalDate firstSeen, LocalDate lastSeen) {
    }

    public record Person(long id, String name, String country, Long organisationId, String organisation, List<String> names,
                         List<Title> titles, long engagements) {
        public String title() {
            return titles.isEmpty() ? null : titles.get(titles.size() - 1).title();
        }
    }

    public record Organisation(long id, String name, String acronym, String country, OrganisationKind kind, List<String> names,
                               long engagements) {
    }

    /** Corporate words that do not tell one organisation from another. */
    private static final Set<String> CORPORATE_WORDS = Set.of("group", "corporation", "corp", "company", "co", "inc", "ltd",
            "llc", "jsc", "plc", "holdings", "air", "jointstockcompany", "the");

    private final JdbcClient jdbc;
    private final MergeProposals merges;

    Directory(JdbcClient jdbc, MergeProposals merges) {
        this.jdbc = jdbc;
        this.merges = merges;
    }

    @Transactional
    public OrganisationId recordOrganisation(RecordOrganisation c) {
        holdName("organisation", c.name());
        List<String> keys = new ArrayList<>(List.of(NameKey.of(c.name())));
        if (c.acronym() != null) {
            keys.add(NameKey.of(c.acronym()));
        }
        Long id = jdbc.sql("select organisation_id from organisation_name where key in (:keys) order by organisation_id limit 1")
                .param("keys", keys).query(Long.class).optional().orElse(null);
        String core = core(c.name());
        Long likely = null;
        if (id == null && core.length() >= 3) {
            for (Map.Entry<Long, String> candidate : namesStartingWith(core.substring(0, 3)).entrySet()) {
                String other = core(candidate.getValue());
                if (other.equals(core)) {
                    id = candidate.getKey();
                    break;
                }
                if (likely == null && other.length() >= 5 && core.length() >= 5 && (other.startsWith(core) || core.startsWith(other))) {
                    likely = candidate.getKey();
                }
            }
        }
        if (id == null) {
            id = jdbc.sql("insert into organisation (name, acronym, country, kind) values (:n, :a, :c, :k) returning id")
                    .param("n", c.name()).param("a", c.acronym()).param("c", c.country()).param("k", c.kind().code())
                    .query(Long.class).single();
            if (likely != null) {
                merges.propose(MergeSubject.ORGANISATION, likely, id, "one name begins the other: \"" + c.name() + "\"");
            }
        } else {
            jdbc.sql("""
                            update organisation set acronym = coalesce(acronym, :a), country = coalesce(country, :c),
                                   kind = case when kind = 'other' then :k else kind end where id = :id""")
                    .param("a", c.acronym()).param("c", c.country()).param("k", c.kind().code()).param("id", id).update();
        }
        addName("organisation_name", "organisation_id", id, c.name());
        if (c.acronym() != null) {
            addName("organisation_name", "organisation_id", id, c.acronym());
        }
        return new OrganisationId(id);
    }

    @Transactional
    public PersonId recordPerson(RecordPerson c) {
        holdName("person", c.name());
        String key = NameKey.of(c.name());
        Long id = jdbc.sql("select person_id from person_name where key = :k order by person_id limit 1").param("k", key)
                .query(Long.class).optional().orElse(null);
        if (id == null) {
            id = jdbc.sql("insert into person (name, country, organisation_id) values (:n, :c, :o) returning id")
                    .param("n", c.name()).param("c", c.country())
                    .param("o", c.organisation() == null ? null : c.organisation().value()).query(Long.class).single();
            proposeNamesakes(id, c);
        } else {
            jdbc.sql("update person set country = coalesce(country, :c), organisation_id = coalesce(organisation_id, :o) where id = :id")
                    .param("c", c.country()).param("o", c.organisation() == null ? null : c.organisation().value()).param("id", id).update();
        }
        addName("person_name", "person_id", id, c.name());
        if (c.title() != null) {
            jdbc.sql("""
                            insert into person_title (person_id, title, first_seen, last_seen) values (:p, :t, :d, :d)
                            on conflict (person_id, title) do update set
                                first_seen = least(person_title.first_seen, excluded.first_seen),
                                last_seen = greatest(person_title.last_seen, excluded.last_seen)""")
                    .param("p", id).param("t", c.title()).param("d", c.seenOn()).update();
        }
        return new PersonId(id);
    }

    /**
     * Two accepts of different press releases naming one new person (or organisation) each look the name up, find
     * nothing and insert it: two records. A lock on the name's key, held until the caller's transaction ends, makes the
     * second wait for the first to commit; its look-up, made after the lock is held, then finds the first's record.
     * Transaction-scoped, so it must run inside one (these methods are @Transactional and join their caller's).
     */
    private void holdName(String kind, String name) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:k))").param("k", kind + ":" + NameKey.of(name)).query().singleRow();
    }

    /**
     * "Bill Hagerty" and "William Hagerty" may be one person: same family name, and no country that tells them apart.
     * Vietnamese names put the family name first, so for them the given name (last) must match as well.
     */
    private void proposeNamesakes(long id, RecordPerson c) {
        String[] words = c.name().split("\\s+");
        if (words.length < 2) {
            return;
        }
        String last = NameKey.of(words[words.length - 1]);
        String first = NameKey.of(words[0]);
        List<Map.Entry<Long, String>> others = jdbc.sql("""
                        select p.id, p.name from person p
                        where p.id <> :id and (p.country is null or cast(:c as text) is null or p.country = :c)""")
                .param("id", id).param("c", c.country())
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list();
        for (Map.Entry<Long, String> o : others) {
            String[] w = o.getValue().split("\\s+");
            if (w.length < 2 || !NameKey.of(w[w.length - 1]).equals(last)) {
                continue;
            }
            boolean sameFirst = NameKey.of(w[0]).equals(first);
            if (!sameFirst && "VN".equals(c.country())) {
                continue;
            }
            String title = c.title() == null ? null : jdbc.sql("select title from person_title where person_id = :p and title = :t")
                    .param("p", o.getKey()).param("t", c.title()).query(String.class).optional().orElse(null);
            merges.propose(MergeSubject.PERSON, o.getKey(), id, (sameFirst ? "same first and last names" : "same last name")
                    + (c.country() == null ? "" : ", both " + c.country()) + (title == null ? "" : ", both " + title));
        }
    }

    private Map<Long, String> namesStartingWith(String prefix) {
        Map<Long, String> names = new LinkedHashMap<>();
        jdbc.sql("select organisation_id, name from organisation_name where key like :p order by organisation_id")
                .param("p", prefix + "%")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list()
                .forEach(e -> names.putIfAbsent(e.getKey(), e.getValue()));
        return names;
    }

    /** The part of an organisation's name that tells it apart: its key without corporate words at the end. */
    static String core(String name) {
        List<String> words = new ArrayList<>(List.of(name.strip().split("[\\s,.]+")));
        while (words.size() > 1 && CORPORATE_WORDS.contains(NameKey.of(words.get(words.size() - 1)))) {
            words.remove(words.size() - 1);
        }
        if (words.size() > 1 && NameKey.of(words.get(0)).equals("the")) {
            words.remove(0);
        }
        return NameKey.of(String.join(" ", words));
    }

    /**
     * Keeps an earlier spelling of a person's name, one a reviewer corrected away, so that reports which still write
     * it find the person ("also written"). A spelling that is already another person's stays theirs.
     */
    @Transactional
    public void alsoWritten(PersonId person, String name) {
        keepSpelling("person_name", "person_id", person.value(), name);
    }

    /** The same for an organisation: its earlier spelling finds it, unless it is another organisation's name. */
    @Transactional
    public void alsoWritten(OrganisationId organisation, String name) {
        keepSpelling("organisation_name", "organisation_id", organisation.value(), name);
    }

    private void keepSpelling(String table, String column, long id, String name) {
        if (name == null || NameKey.of(name).length() < 2) {
            return;
        }
        boolean another = jdbc.sql("select exists (select 1 from " + table + " where key = :k and " + column + " <> :id)")
                .param("k", NameKey.of(name)).param("id", id).query(Boolean.class).single();
        if (!another) {
            addName(table, column, id, name.strip());
        }
    }

    private void addName(String table, String column, long id, String name) {
        jdbc.sql("insert into " + table + " (" + column + ", name, key) values (:id, :n, :k) on conflict do nothing")
                .param("id", id).param("n", name).param("k", NameKey.of(name)).update();
    }

    // --- reading the directory ----------------------------------------------------------------------------------

    public List<Person> people() {
        return people("true", Map.of());
    }

    public Optional<Person> person(long id) {
        return people("p.id = :id", Map.of("id", id)).stream().findFirst();
    }

    public Optional<PersonId> findPerson(String name) {
        return jdbc.sql("select person_id from person_name where key = :k limit 1").param("k", NameKey.of(name))
                .query(Long.class).optional().map(PersonId::new);
    }

    public Optional<OrganisationId> findOrganisation(String name) {
        return jdbc.sql("select organisation_id from organisation_name where key = :k limit 1").param("k", NameKey.of(name))
                .query(Long.class).optional().map(OrganisationId::new);
    }

    private List<Person> people(String where, Map<String, ?> params) {
        var spec = jdbc.sql("""
                select p.id, p.name, p.country, p.organisation_id, o.name as organisation,
                       (select coalesce(json_agg(n.name order by n.name), '[]') from person_name n where n.person_id = p.id)::text as names,
                       (select count(*) from engagement_participant e where e.person_id = p.id) as engagements
                from person p left join organisation o on o.id = p.organisation_id
                where %s order by p.name""".formatted(where));
        for (Map.Entry<String, ?> e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        List<Person> people = spec.query((rs, n) -> new Person(rs.getLong("id"), rs.getString("name"), rs.getString("country"),
                (Long) rs.getObject("organisation_id"), rs.getString("organisation"), JsonLists.strings(rs.getString("names")),
                List.of(), rs.getLong("engagements"))).list();
        if (people.isEmpty()) {
            return people;
        }
        // One query for every listed person's titles: the reader loads the whole directory before each press release.
        Map<Long, List<Title>> titles = new java.util.HashMap<>();
        jdbc.sql("select person_id, title, first_seen, last_seen from person_title where person_id = any(:ids) order by first_seen nulls first, id")
                .param("ids", people.stream().map(Person::id).toArray(Long[]::new))
                .query((rs, n) -> Map.entry(rs.getLong(1), new Title(rs.getString(2), rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class))))
                .list().forEach(e -> titles.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return people.stream().map(p -> new Person(p.id(), p.name(), p.country(), p.organisationId(), p.organisation(), p.names(),
                titles.getOrDefault(p.id(), List.of()), p.engagements())).toList();
    }

    public List<Organisation> organisations() {
        return organisations("true", Map.of());
    }

    public Optional<Organisation> organisation(long id) {
        return organisations("o.id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** The organisations of these numbers, by number: one query for the buyers and sellers of a whole register. */
    public Map<Long, Organisation> organisations(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Organisation> byId = new java.util.HashMap<>();
        organisations("o.id = any(:ids)", Map.of("ids", ids.stream().distinct().toArray(Long[]::new))).forEach(o -> byId.put(o.id(), o));
        return byId;
    }

    private List<Organisation> organisations(String where, Map<String, ?> params) {
        var spec = jdbc.sql("""
                select o.id, o.name, o.acronym, o.country, o.kind,
                       (select coalesce(json_agg(n.name order by n.name), '[]') from organisation_name n where n.organisation_id = o.id)::text as names,
                       (select count(*) from engagement_participant e where e.organisation_id = o.id) as engagements
                from organisation o where %s order by o.name""".formatted(where));
        for (Map.Entry<String, ?> e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        return spec.query((rs, n) -> new Organisation(rs.getLong("id"), rs.getString("name"), rs.getString("acronym"),
                rs.getString("country"), OrganisationKind.parse(rs.getString("kind")), JsonLists.strings(rs.getString("names")),
                rs.getLong("engagements"))).list();
    }

    // --- confirmed merges ----------------------------------------------------------------------------------------

    @EventListener
    void on(MergeConfirmed merge) {
        long kept = merge.keptId();
        long gone = merge.mergedId();
        switch (merge.subject()) {
            case PERSON -> {
                jdbc.sql("insert into person_name (person_id, name, key) select :k, name, key from person_name where person_id = :m on conflict do nothing")
                        .param("k", kept).param("m", gone).update();
                jdbc.sql("""
                                insert into person_title (person_id, title, first_seen, last_seen)
                                select :k, title, first_seen, last_seen from person_title where person_id = :m
                                on conflict (person_id, title) do update set first_seen = least(person_title.first_seen, excluded.first_seen),
                                    last_seen = greatest(person_title.last_seen, excluded.last_seen)""")
                        .param("k", kept).param("m", gone).update();
                jdbc.sql("""
                                update engagement_participant set person_id = :k where person_id = :m
                                and engagement_id not in (select engagement_id from engagement_participant where person_id = :k)""")
                        .param("k", kept).param("m", gone).update();
            }
            case ORGANISATION -> {
                jdbc.sql("insert into organisation_name (organisation_id, name, key) select :k, name, key from organisation_name where organisation_id = :m on conflict do nothing")
                        .param("k", kept).param("m", gone).update();
                jdbc.sql("update person set organisation_id = :k where organisation_id = :m").param("k", kept).param("m", gone).update();
                jdbc.sql("""
                                update engagement_participant set organisation_id = :k where organisation_id = :m
                                and engagement_id not in (select engagement_id from engagement_participant where organisation_id = :k)""")
                        .param("k", kept).param("m", gone).update();
            }
            default -> {
            }
        }
    }
}
