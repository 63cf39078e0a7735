package org.bilateral.engagements;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bilateral.engagements.Directory.Organisation;
import org.bilateral.engagements.Directory.RecordOrganisation;
import org.bilateral.shared.NameKey;
import org.bilateral.shared.UsState;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind the register's organisations: names, acronyms, kind and country. Runs in the caller's transaction. */
@Repository
class OrganisationStore {

    private final JdbcClient jdbc;

    OrganisationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** As {@link PeopleStore#hold}: a second accept naming the same new organisation waits for the first to commit. */
    void hold(String name) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:k))").param("k", "organisation:" + NameKey.of(name)).query().singleRow();
    }

    /** The first organisation written with any of these names' keys. */
    Optional<Long> idByNames(List<String> names) {
        return jdbc.sql("select organisation_id from organisation_name where key in (:keys) order by organisation_id limit 1")
                .param("keys", names.stream().map(NameKey::of).toList()).query(Long.class).optional();
    }

    /** Every organisation written with any of these names' keys, the first recorded first. */
    List<Long> idsByNames(List<String> names) {
        return jdbc.sql("select distinct organisation_id from organisation_name where key in (:keys) order by organisation_id")
                .param("keys", names.stream().map(NameKey::of).toList()).query(Long.class).list();
    }

    /** One name of each organisation having a name whose key begins so (the first the table gives), by organisation. */
    List<OrganisationNames.Known> namesStartingWith(String prefix) {
        Map<Long, String> names = new LinkedHashMap<>();
        jdbc.sql("select organisation_id, name from organisation_name where key like :p order by organisation_id")
                .param("p", prefix + "%")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list()
                .forEach(e -> names.putIfAbsent(e.getKey(), e.getValue()));
        return names.entrySet().stream().map(e -> new OrganisationNames.Known(e.getKey(), e.getValue())).toList();
    }

    long insert(RecordOrganisation c) {
        return jdbc.sql("insert into organisation (name, acronym, country, kind) values (:n, :a, :c, :k) returning id")
                .param("n", c.name()).param("a", c.acronym()).param("c", c.country()).param("k", c.kind().code())
                .query(Long.class).single();
    }

    /** What the register did not know of an organisation yet: acronym, country, a kind better than 'other'. */
    void fillIn(long id, RecordOrganisation c) {
        jdbc.sql("""
                        update organisation set acronym = coalesce(acronym, :a), country = coalesce(country, :c),
                               kind = case when kind = 'other' then :k else kind end where id = :id""")
                .param("a", c.acronym()).param("c", c.country()).param("k", c.kind().code()).param("id", id).update();
    }

    void addName(long id, String name) {
        jdbc.sql("insert into organisation_name (organisation_id, name, key) values (:id, :n, :k) on conflict do nothing")
                .param("id", id).param("n", name).param("k", NameKey.of(name)).update();
    }

    /** Whether this spelling is already another organisation's. */
    boolean anotherIsWritten(long id, String name) {
        return jdbc.sql("select exists (select 1 from organisation_name where key = :k and organisation_id <> :id)")
                .param("k", NameKey.of(name)).param("id", id).query(Boolean.class).single();
    }

    List<Organisation> all() {
        return jdbc.sql(ORGANISATIONS.formatted("true")).query(OrganisationStore::organisation).list();
    }

    List<Organisation> byIds(Long[] ids) {
        return jdbc.sql(ORGANISATIONS.formatted("o.id = any(:ids)")).param("ids", ids).query(OrganisationStore::organisation).list();
    }

    private static final String ORGANISATIONS = """
            select o.id, o.name, o.acronym, o.country, o.kind, o.us_state,
                   (select coalesce(json_agg(n.name order by n.name), '[]') from organisation_name n where n.organisation_id = o.id)::text as names,
                   (select count(*) from engagement_participant e where e.organisation_id = o.id) as engagements
            from organisation o where %s order by o.name""";

    private static Organisation organisation(ResultSet rs, int n) throws SQLException {
        return new Organisation(rs.getLong("id"), rs.getString("name"), rs.getString("acronym"), rs.getString("country"),
                OrganisationKind.parse(rs.getString("kind")), JsonLists.strings(rs.getString("names")), rs.getLong("engagements"),
                rs.getString("us_state") == null ? null : UsState.of(rs.getString("us_state")));
    }

    void setUsState(long id, @Nullable String usps) {
        jdbc.sql("update organisation set us_state = :s where id = :id").param("s", usps).param("id", id).update();
    }

    List<Long> idsIn(String usps) {
        return jdbc.sql("select id from organisation where us_state = :s order by id").param("s", usps).query(Long.class).list();
    }

    /** A confirmed merge: the kept organisation takes the merged one's names, people and engagements. */
    void merge(long kept, long gone) {
        // where the merged record said the organisation is, when the kept one did not say
        jdbc.sql("update organisation set us_state = coalesce(us_state, (select us_state from organisation where id = :m)) where id = :k")
                .param("k", kept).param("m", gone).update();
        jdbc.sql("insert into organisation_name (organisation_id, name, key) select :k, name, key from organisation_name where organisation_id = :m on conflict do nothing")
                .param("k", kept).param("m", gone).update();
        jdbc.sql("update person set organisation_id = :k where organisation_id = :m").param("k", kept).param("m", gone).update();
        jdbc.sql("""
                        update engagement_participant set organisation_id = :k where organisation_id = :m
                        and engagement_id not in (select engagement_id from engagement_participant where organisation_id = :k)""")
                .param("k", kept).param("m", gone).update();
    }
}
