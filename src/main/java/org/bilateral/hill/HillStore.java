package org.bilateral.hill;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bilateral.shared.UsState;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the Hill: members, committees, seats, loads, and the links between register persons and members. */
@Repository
class HillStore {

    /** A member as held: the file's fields, and whether they still sit (a former member left on {@code leftOn}). */
    record Held(Member member, boolean sitting, @Nullable LocalDate leftOn) {
    }

    /** A person's link to a member, the matcher's or a reviewer's. */
    record Link(long personId, BioguideId member, String status, String reasonKey, List<String> reasonArgs,
                @Nullable String decidedBy, @Nullable Instant decidedAt) {
    }

    private static final String MEMBER_COLUMNS = """
            bioguide_id, full_name, first_name, middle_name, last_name, suffix, nickname, last_name_ascii, chamber, state, district,
            senate_class, state_rank, voting, party, caucus, term_start, term_end, first_in_chamber, url, sitting, left_on""";

    private final JdbcClient jdbc;

    HillStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One load at a time: two loads crossing would each compare the files with what the other is replacing. */
    void lock() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('hill load'))").query((rs, n) -> 1).list();
    }

    // ---- members

    List<Held> members() {
        return jdbc.sql("select " + MEMBER_COLUMNS + " from legislator order by bioguide_id").query((rs, n) -> held(rs)).list();
    }

    Optional<Held> member(BioguideId id) {
        return jdbc.sql("select " + MEMBER_COLUMNS + " from legislator where bioguide_id = :id").param("id", id.value())
                .query((rs, n) -> held(rs)).optional();
    }

    /** A state's sitting members: senators first (the senior one first), then the House by district. */
    List<Held> ofState(UsState state) {
        return jdbc.sql("select " + MEMBER_COLUMNS + " " + """
                         from legislator where state = :state and sitting
                         order by chamber = 'house', state_rank = 'junior', district nulls first, last_name, bioguide_id""")
                .param("state", state.usps()).query((rs, n) -> held(rs)).list();
    }

    long sittingCount() {
        return jdbc.sql("select count(*) from legislator where sitting").query(Long.class).single();
    }

    void upsert(Member m) {
        Legislator l = m.legislator();
        jdbc.sql("""
                insert into legislator (bioguide_id, full_name, first_name, middle_name, last_name, suffix, nickname, last_name_ascii,
                    chamber, state, district, senate_class, state_rank, voting, party, caucus, term_start, term_end, first_in_chamber, url,
                    sitting, left_on)
                values (:id, :full, :first, :middle, :last, :suffix, :nick, :ascii, :chamber, :state, :district, :class, :rank, :voting,
                    :party, :caucus, :start, :end, :firstIn, :url, true, null)
                on conflict (bioguide_id) do update set full_name = excluded.full_name, first_name = excluded.first_name,
                    middle_name = excluded.middle_name, last_name = excluded.last_name, suffix = excluded.suffix,
                    nickname = excluded.nickname, last_name_ascii = excluded.last_name_ascii, chamber = excluded.chamber,
                    state = excluded.state, district = excluded.district, senate_class = excluded.senate_class,
                    state_rank = excluded.state_rank, voting = excluded.voting, party = excluded.party, caucus = excluded.caucus,
                    term_start = excluded.term_start, term_end = excluded.term_end, first_in_chamber = excluded.first_in_chamber,
                    url = excluded.url, sitting = true, left_on = null""")
                .param("id", l.id().value()).param("full", l.fullName()).param("first", l.firstName()).param("middle", m.middleName())
                .param("last", l.lastName()).param("suffix", m.suffix()).param("nick", l.nickname()).param("ascii", m.lastNameAscii())
                .param("chamber", l.chamber() == Chamber.SENATE ? "senate" : "house").param("state", l.state().usps())
                .param("district", l.district()).param("class", m.senateClass()).param("rank", m.stateRank()).param("voting", m.voting())
                .param("party", l.party()).param("caucus", l.caucus()).param("start", l.termStart()).param("end", l.termEnd())
                .param("firstIn", l.firstInChamber()).param("url", l.url()).update();
    }

    /** A member the snapshot no longer lists: kept as former, their seats gone with them. */
    void departed(BioguideId id, LocalDate on) {
        jdbc.sql("delete from committee_seat where bioguide_id = :id").param("id", id.value()).update();
        jdbc.sql("update legislator set sitting = false, left_on = :on where bioguide_id = :id").param("id", id.value())
                .param("on", on).update();
    }

    // ---- committees and seats

    Map<String, CongressFiles.Committee> committees() {
        Map<String, CongressFiles.Committee> committees = new java.util.LinkedHashMap<>();
        jdbc.sql("select committee_id, name, parent_id, chamber, url, jurisdiction from committee where current order by parent_id nulls first, committee_id")
                .query((rs, n) -> new CongressFiles.Committee(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)))
                .list().forEach(c -> committees.put(c.id(), c));
        return committees;
    }

    void upsert(CongressFiles.Committee c) {
        jdbc.sql("""
                insert into committee (committee_id, name, parent_id, chamber, url, jurisdiction, current)
                values (:id, :name, :parent, :chamber, :url, :jurisdiction, true)
                on conflict (committee_id) do update set name = excluded.name, parent_id = excluded.parent_id,
                    chamber = excluded.chamber, url = excluded.url, jurisdiction = excluded.jurisdiction, current = true""")
                .param("id", c.id()).param("name", c.name()).param("parent", c.parentId()).param("chamber", c.chamber())
                .param("url", c.url()).param("jurisdiction", c.jurisdiction()).update();
    }

    /** A committee the snapshot no longer lists: kept, so that nothing pointing at it breaks, but no longer current. */
    void retire(String committeeId) {
        jdbc.sql("update committee set current = false where committee_id = :id").param("id", committeeId).update();
    }

    List<CongressFiles.SeatRow> seatRows() {
        return jdbc.sql("select committee_id, bioguide_id, side, rank, title, member_chamber from committee_seat order by committee_id, side, rank nulls last, bioguide_id")
                .query((rs, n) -> new CongressFiles.SeatRow(rs.getString(1), new BioguideId(rs.getString(2)), rs.getString(3),
                        (Integer) rs.getObject(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    void deleteSeat(String committeeId, BioguideId member) {
        jdbc.sql("delete from committee_seat where committee_id = :c and bioguide_id = :m").param("c", committeeId)
                .param("m", member.value()).update();
    }

    void upsert(CongressFiles.SeatRow s) {
        jdbc.sql("""
                insert into committee_seat (committee_id, bioguide_id, side, rank, title, member_chamber)
                values (:c, :m, :side, :rank, :title, :mc)
                on conflict (committee_id, bioguide_id) do update set side = excluded.side, rank = excluded.rank,
                    title = excluded.title, member_chamber = excluded.member_chamber""")
                .param("c", s.committeeId()).param("m", s.member().value()).param("side", s.side()).param("rank", s.rank())
                .param("title", s.title()).param("mc", s.memberChamber()).update();
    }

    /** A member's seats with their committee's and its parent's names; the caller orders them. */
    List<Seat> seats(BioguideId member) {
        return jdbc.sql("""
                        select s.committee_id, c.name, c.parent_id, p.name, s.side, s.rank, s.title
                        from committee_seat s join committee c on c.committee_id = s.committee_id
                        left join committee p on p.committee_id = c.parent_id
                        where s.bioguide_id = :m""")
                .param("m", member.value()).query((rs, n) -> seat(rs)).list();
    }

    /** Seats on any of the committees, with their members' ids. */
    List<Map.Entry<BioguideId, Seat>> seatsOn(Collection<String> committeeIds) {
        if (committeeIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select s.committee_id, c.name, c.parent_id, p.name, s.side, s.rank, s.title, s.bioguide_id
                        from committee_seat s join committee c on c.committee_id = s.committee_id
                        left join committee p on p.committee_id = c.parent_id
                        join legislator l on l.bioguide_id = s.bioguide_id and l.sitting
                        where s.committee_id in (:ids)""")
                .param("ids", committeeIds).query((rs, n) -> Map.entry(new BioguideId(rs.getString(8)), seat(rs))).list();
    }

    private static Seat seat(ResultSet rs) throws SQLException {
        String id = rs.getString(1);
        return new Seat(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), (Integer) rs.getObject(6),
                rs.getString(7), Legislators.tradeRank(id));
    }

    long committeeCount() {
        return jdbc.sql("select count(*) from committee where current").query(Long.class).single();
    }

    long seatCount() {
        return jdbc.sql("select count(*) from committee_seat").query(Long.class).single();
    }

    // ---- loads

    record Load(Instant at, String by, String source, String checksum, int members, int committees, int seats) {
    }

    Optional<Load> lastLoad() {
        return jdbc.sql("select loaded_at, loaded_by, source, checksum, members, committees, seats from hill_load order by id desc limit 1")
                .query((rs, n) -> new Load(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getInt(6), rs.getInt(7)))
                .optional();
    }

    void recordLoad(String by, String source, String checksum, CongressLoads.Loaded l) {
        jdbc.sql("""
                insert into hill_load (loaded_by, source, checksum, members, committees, seats, added, departed, changed, seats_changed)
                values (:by, :source, :checksum, :members, :committees, :seats, :added, :departed, :changed, :seatsChanged)""")
                .param("by", by).param("source", source).param("checksum", checksum).param("members", l.members())
                .param("committees", l.committees()).param("seats", l.seats()).param("added", l.added().size())
                .param("departed", l.departed().size()).param("changed", l.changed().size()).param("seatsChanged", l.seatsChanged())
                .update();
    }

    // ---- links between register persons and members

    List<Link> links() {
        return jdbc.sql("select person_id, bioguide_id, status, reason_key, reason_args, decided_by, decided_at from hill_person_link order by person_id, bioguide_id")
                .query((rs, n) -> link(rs)).list();
    }

    List<Link> linksOf(long personId) {
        return jdbc.sql("select person_id, bioguide_id, status, reason_key, reason_args, decided_by, decided_at from hill_person_link where person_id = :p")
                .param("p", personId).query((rs, n) -> link(rs)).list();
    }

    List<Long> personsOf(BioguideId member) {
        return jdbc.sql("select person_id from hill_person_link where bioguide_id = :m and status in ('certain', 'confirmed') order by person_id")
                .param("m", member.value()).query(Long.class).list();
    }

    Optional<BioguideId> memberOf(long personId) {
        return jdbc.sql("select bioguide_id from hill_person_link where person_id = :p and status in ('certain', 'confirmed')")
                .param("p", personId).query((rs, n) -> new BioguideId(rs.getString(1))).optional();
    }

    /** The matcher's link of a person, replacing its earlier one (a reviewer's decisions are left as they are). */
    void propose(long personId, BioguideId member, String status, String reasonKey, List<String> reasonArgs) {
        jdbc.sql("delete from hill_person_link where person_id = :p and status in ('certain', 'proposed') and bioguide_id <> :m")
                .param("p", personId).param("m", member.value()).update();
        jdbc.sql("""
                insert into hill_person_link (person_id, bioguide_id, status, reason_key, reason_args)
                values (:p, :m, :status, :key, :args)
                on conflict (person_id, bioguide_id) do update set status = excluded.status, reason_key = excluded.reason_key,
                    reason_args = excluded.reason_args
                where hill_person_link.status in ('certain', 'proposed')""")
                .param("p", personId).param("m", member.value()).param("status", status).param("key", reasonKey)
                .param("args", reasonArgs.toArray(String[]::new)).update();
    }

    /** The matcher's links of a person, when it no longer finds a member for them. */
    int forgetAutomatic(long personId) {
        return jdbc.sql("delete from hill_person_link where person_id = :p and status in ('certain', 'proposed')").param("p", personId).update();
    }

    /** A reviewer's decision: confirmed replaces every other link of the person but the rejected ones. */
    int decide(long personId, BioguideId member, boolean confirmed, String by) {
        if (confirmed) {
            jdbc.sql("delete from hill_person_link where person_id = :p and bioguide_id <> :m and status <> 'rejected'")
                    .param("p", personId).param("m", member.value()).update();
        }
        return jdbc.sql("""
                update hill_person_link set status = :status, decided_by = :by, decided_at = now()
                where person_id = :p and bioguide_id = :m""")
                .param("p", personId).param("m", member.value()).param("status", confirmed ? "confirmed" : "rejected").param("by", by)
                .update();
    }

    /** A merged person's links move to the person kept, unless the kept one already has its own. */
    void repoint(long mergedId, long keptId) {
        jdbc.sql("""
                update hill_person_link m set person_id = :k where m.person_id = :m
                and not exists (select 1 from hill_person_link k where k.person_id = :k)""")
                .param("k", keptId).param("m", mergedId).update();
        jdbc.sql("delete from hill_person_link where person_id = :m").param("m", mergedId).update();
        jdbc.sql("delete from hill_person_checked where person_id in (:m, :k)").param("m", mergedId).param("k", keptId).update();
    }

    Map<Long, String> fingerprints() {
        Map<Long, String> prints = new java.util.HashMap<>();
        jdbc.sql("select person_id, fingerprint from hill_person_checked").query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list().forEach(e -> prints.put(e.getKey(), e.getValue()));
        return prints;
    }

    void checked(long personId, String fingerprint) {
        jdbc.sql("""
                insert into hill_person_checked (person_id, fingerprint) values (:p, :f)
                on conflict (person_id) do update set fingerprint = excluded.fingerprint""")
                .param("p", personId).param("f", fingerprint).update();
    }

    private static Link link(ResultSet rs) throws SQLException {
        Array array = rs.getArray(5);
        List<String> args = array == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) array.getArray()));
        java.sql.Timestamp at = rs.getTimestamp(7);
        return new Link(rs.getLong(1), new BioguideId(rs.getString(2)), rs.getString(3), rs.getString(4), List.copyOf(args),
                rs.getString(6), at == null ? null : at.toInstant());
    }

    private static Held held(ResultSet rs) throws SQLException {
        Chamber chamber = rs.getString("chamber").equals("senate") ? Chamber.SENATE : Chamber.HOUSE;
        Legislator l = new Legislator(new BioguideId(rs.getString("bioguide_id")), rs.getString("full_name"), rs.getString("first_name"),
                rs.getString("last_name"), rs.getString("nickname"), chamber, new UsState(rs.getString("state")),
                (Integer) rs.getObject("district"), rs.getString("party"), rs.getString("caucus"),
                rs.getObject("term_start", LocalDate.class), rs.getObject("term_end", LocalDate.class),
                rs.getObject("first_in_chamber", LocalDate.class), rs.getString("url"));
        Member m = new Member(l, rs.getString("middle_name"), rs.getString("suffix"), rs.getString("last_name_ascii"),
                (Integer) rs.getObject("senate_class"), rs.getString("state_rank"), rs.getBoolean("voting"));
        return new Held(m, rs.getBoolean("sitting"), rs.getObject("left_on", LocalDate.class));
    }
}
