package org.bilateral.engagements;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bilateral.engagements.Directory.Person;
import org.bilateral.engagements.Directory.RecordPerson;
import org.bilateral.engagements.Directory.Title;
import org.bilateral.shared.NameKey;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind the register's people: their names, titles over time and country. Runs in the caller's transaction. */
@Repository
class PeopleStore {

    /** A person's number and the name the register gives them. */
    record Named(long id, String name) {
    }

    private final JdbcClient jdbc;

    PeopleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Two accepts of different press releases naming one new person each look the name up, find nothing and insert
     * it: two records. A lock on the name's key, held until the caller's transaction ends, makes the second wait for
     * the first to commit; its look-up, made after the lock is held, then finds the first's record.
     */
    void hold(String name) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:k))").param("k", "person:" + NameKey.of(name)).query().singleRow();
    }

    /** The first person written with this name's key. */
    Optional<Long> idByName(String name) {
        return jdbc.sql("select person_id from person_name where key = :k order by person_id limit 1").param("k", NameKey.of(name))
                .query(Long.class).optional();
    }

    long insert(RecordPerson c) {
        return jdbc.sql("insert into person (name, country, organisation_id) values (:n, :c, :o) returning id")
                .param("n", c.name()).param("c", c.country()).param("o", organisation(c)).query(Long.class).single();
    }

    /** What the register did not know of a person yet: their country and organisation, never replacing either. */
    void fillIn(long id, RecordPerson c) {
        jdbc.sql("update person set country = coalesce(country, :c), organisation_id = coalesce(organisation_id, :o) where id = :id")
                .param("c", c.country()).param("o", organisation(c)).param("id", id).update();
    }

    /**
     * The person's shown name becomes this spelling of it when it is the same name (one key) written with diacritics
     * the shown one lacks: "Nguyen Hong Dien" from an English report becomes "Nguyễn Hồng Diên" when a Vietnamese one
     * writes it so, never the other way.
     */
    void nameWithDiacritics(long id, String name) {
        String shown = jdbc.sql("select name from person where id = :id").param("id", id).query(String.class).single();
        if (NameKey.of(shown).equals(NameKey.of(name)) && marks(name) > marks(shown)) {
            jdbc.sql("update person set name = :n where id = :id").param("n", name).param("id", id).update();
        }
    }

    /** How many letters carry a diacritic (đ counted): the letters that differ from their plain form. */
    static int marks(String name) {
        String plain = java.text.Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        String nfc = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC);
        int count = 0;
        for (int i = 0; i < Math.min(plain.length(), nfc.length()); i++) {
            if (plain.charAt(i) != nfc.charAt(i)) {
                count++;
            }
        }
        return count;
    }

    private static @Nullable Long organisation(RecordPerson c) {
        return c.organisation() == null ? null : c.organisation().value();
    }

    void addName(long id, String name) {
        jdbc.sql("insert into person_name (person_id, name, key) values (:id, :n, :k) on conflict do nothing")
                .param("id", id).param("n", name).param("k", NameKey.of(name)).update();
    }

    /** Whether this spelling is already another person's. */
    boolean anotherIsWritten(long id, String name) {
        return jdbc.sql("select exists (select 1 from person_name where key = :k and person_id <> :id)")
                .param("k", NameKey.of(name)).param("id", id).query(Boolean.class).single();
    }

    /** A title held from this day, widening the days it is known to have been held. */
    void holdsTitle(long id, String title, @Nullable LocalDate seenOn) {
        jdbc.sql("""
                        insert into person_title (person_id, title, first_seen, last_seen) values (:p, :t, :d, :d)
                        on conflict (person_id, title) do update set
                            first_seen = least(person_title.first_seen, excluded.first_seen),
                            last_seen = greatest(person_title.last_seen, excluded.last_seen)""")
                .param("p", id).param("t", title).param("d", seenOn).update();
    }

    boolean hasTitle(long id, String title) {
        return jdbc.sql("select exists (select 1 from person_title where person_id = :p and title = :t)")
                .param("p", id).param("t", title).query(Boolean.class).single();
    }

    /** Everyone but this person whose country does not tell them apart from this country (either being unknown). */
    List<Named> othersNotTold(long id, @Nullable String country) {
        return jdbc.sql("""
                        select p.id, p.name from person p
                        where p.id <> :id and (p.country is null or cast(:c as text) is null or p.country = :c) order by p.id""")
                .param("id", id).param("c", country).query((rs, n) -> new Named(rs.getLong(1), rs.getString(2))).list();
    }

    List<Person> all() {
        return withTitles(jdbc.sql(PEOPLE.formatted("true")).query(PeopleStore::person).list());
    }

    Optional<Person> byId(long id) {
        return withTitles(jdbc.sql(PEOPLE.formatted("p.id = :id")).param("id", id).query(PeopleStore::person).list()).stream().findFirst();
    }

    private static final String PEOPLE = """
            select p.id, p.name, p.country, p.organisation_id, o.name as organisation,
                   (select coalesce(json_agg(n.name order by n.name), '[]') from person_name n where n.person_id = p.id)::text as names,
                   (select count(*) from engagement_participant e where e.person_id = p.id) as engagements
            from person p left join organisation o on o.id = p.organisation_id
            where %s order by p.name""";

    private static Person person(ResultSet rs, int n) throws SQLException {
        return new Person(rs.getLong("id"), rs.getString("name"), rs.getString("country"), (Long) rs.getObject("organisation_id"),
                rs.getString("organisation"), JsonLists.strings(rs.getString("names")), List.of(), rs.getLong("engagements"));
    }

    /** One query for every listed person's titles: the reader loads the whole directory before each press release. */
    private List<Person> withTitles(List<Person> people) {
        if (people.isEmpty()) {
            return people;
        }
        Map<Long, List<Title>> titles = new HashMap<>();
        jdbc.sql("select person_id, title, first_seen, last_seen from person_title where person_id = any(:ids) order by first_seen nulls first, id")
                .param("ids", people.stream().map(Person::id).toArray(Long[]::new))
                .query((rs, n) -> Map.entry(rs.getLong(1), new Title(rs.getString(2), rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class))))
                .list().forEach(e -> titles.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return people.stream().map(p -> new Person(p.id(), p.name(), p.country(), p.organisationId(), p.organisation(), p.names(),
                titles.getOrDefault(p.id(), List.of()), p.engagements())).toList();
    }

    /** A confirmed merge: the kept person takes the merged one's names, titles and engagements. */
    void merge(long kept, long gone) {
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
}
