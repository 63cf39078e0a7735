package org.bilateral.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.bilateral.policy.Asks.Ask;
import org.bilateral.policy.Asks.Position;
import org.bilateral.shared.CountryCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL behind the asks and their positions, and the mapping of their rows. Every method runs in the caller's
 * transaction; none decides what a missing row means (the facade, {@link Asks}, does).
 */
@Repository
class AskStore {

    private final JdbcClient jdbc;

    AskStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The ask kept for one side's statement to another: itself, or the ask it was merged into. */
    Optional<Long> keptFor(CountryCode side, CountryCode addressee, String statement) {
        return jdbc.sql("select coalesce(merged_into, id) from ask where side = :side and addressee = :addressee and statement = :statement")
                .param("side", side.value()).param("addressee", addressee.value()).param("statement", statement)
                .query(Long.class).optional();
    }

    boolean exists(CountryCode side, CountryCode addressee, String statement) {
        return jdbc.sql("select exists (select 1 from ask where side = :side and addressee = :addressee and statement = :statement)")
                .param("side", side.value()).param("addressee", addressee.value()).param("statement", statement)
                .query(Boolean.class).single();
    }

    /** Opens an ask, raised, and answers its number. */
    long insert(CountryCode side, CountryCode addressee, PolicyTopic topic, String statement) {
        return jdbc.sql("""
                insert into ask (side, addressee, topic, statement, status)
                values (:side, :addressee, :topic, :statement, 'raised') returning id""")
                .param("side", side.value()).param("addressee", addressee.value()).param("topic", topic.code())
                .param("statement", statement).query(Long.class).single();
    }

    /**
     * Whether the ask holds a position of that day at that place, an empty place included: the unique key alone takes
     * two empty places for two places.
     */
    boolean holdsPosition(long askId, LocalDate saidOn, @Nullable String whereSaid) {
        return jdbc.sql("""
                select exists (select 1 from ask_position
                               where ask_id = :ask and said_on = :saidOn and where_said is not distinct from :whereSaid)""")
                .param("ask", askId).param("saidOn", saidOn).param("whereSaid", whereSaid)
                .query(Boolean.class).single();
    }

    /** Adds a position; answers 0 when the ask holds one of that day and place already. */
    int insertPosition(long askId, Position p) {
        return jdbc.sql("""
                insert into ask_position (ask_id, said_on, who, where_said, source_url, quote, answer, note, source)
                values (:ask, :saidOn, :who, :whereSaid, :sourceUrl, :quote, :answer, :note, :source)
                on conflict (ask_id, said_on, where_said) do nothing""")
                .param("ask", askId).param("saidOn", p.saidOn())
                .param("who", p.who()).param("whereSaid", p.whereSaid())
                .param("sourceUrl", p.sourceUrl()).param("quote", p.quote())
                .param("answer", p.answer()).param("note", p.note())
                .param("source", p.source())
                .update();
    }

    void setStatementVi(long id, @Nullable String statementVi) {
        jdbc.sql("update ask set statement_vi = :statementVi where id = :id").param("statementVi", statementVi).param("id", id).update();
    }

    /** Gives an ask its statement in Vietnamese unless it has one already: a file's row never overwrites what was set. */
    void setStatementViWhereNone(long id, String statementVi) {
        jdbc.sql("update ask set statement_vi = :statementVi where id = :id and statement_vi is null")
                .param("statementVi", statementVi).param("id", id).update();
    }

    void setStatus(long id, AskStatus status) {
        // the moment is kept for what changed since a moment (the first page); a status set to what it was is no change
        jdbc.sql("update ask set status = :status, status_changed_at = case when status = :status then status_changed_at else now() end where id = :id")
                .param("status", status.code()).param("id", id).update();
    }

    /** An ask opened, given a status or a position after a moment, with the latest such moment. */
    record Changed(long id, String statement, @Nullable String statementVi, AskStatus status, java.time.Instant at, boolean opened, boolean statusChanged) {
    }

    /** The asks (not merged away) opened, whose status changed or that were given a position after a moment. */
    List<Changed> changedSince(java.time.Instant since) {
        return jdbc.sql("""
                select a.id, a.statement, a.statement_vi, a.status, a.opened_at > :since as opened, coalesce(a.status_changed_at > :since, false) as moved,
                       greatest(case when a.opened_at > :since then a.opened_at end,
                                case when a.status_changed_at > :since then a.status_changed_at end,
                                (select max(p.recorded_at) from ask_position p where p.ask_id = a.id and p.recorded_at > :since)) as at
                from ask a
                where a.merged_into is null and (a.opened_at > :since or a.status_changed_at > :since
                      or exists (select 1 from ask_position p where p.ask_id = a.id and p.recorded_at > :since))
                order by at desc, a.id""").param("since", java.sql.Timestamp.from(since))
                .query((rs, n) -> new Changed(rs.getLong("id"), rs.getString("statement"), rs.getString("statement_vi"), AskStatus.parse(rs.getString("status")),
                        rs.getTimestamp("at").toInstant(), rs.getBoolean("opened"), rs.getBoolean("moved"))).list();
    }

    /** What became of an ask's number: empty when there is no such ask, else the ask it was merged into, if any. */
    Optional<Optional<Long>> mergedInto(long id) {
        return jdbc.sql("select merged_into from ask where id = :id").param("id", id)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, Long.class))).optional();
    }

    /**
     * Locks both asks, and those merged into the first, the lower number first, so that two merges crossing each other
     * (A7 into A9 and A9 into A7 at once) wait for one another.
     */
    void lockForMerge(long number, long intoNumber) {
        jdbc.sql("select id from ask where id in (:number, :into) or merged_into = :number order by id for update")
                .param("number", number).param("into", intoNumber).query(Long.class).list();
    }

    /**
     * Moves one ask's positions to another and marks it merged: a position the kept ask holds already (the same day and
     * place) is not held twice, and the asks merged into the one merged follow it.
     */
    void merge(long from, long into, String mergedBy) {
        jdbc.sql("""
                update ask_position p set ask_id = :into where ask_id = :from
                and not exists (select 1 from ask_position k where k.ask_id = :into and k.said_on = p.said_on
                                and k.where_said is not distinct from p.where_said)""")
                .param("into", into).param("from", from).update();
        jdbc.sql("delete from ask_position where ask_id = :from").param("from", from).update();
        jdbc.sql("update ask set merged_into = :into where merged_into = :from").param("into", into).param("from", from).update();
        jdbc.sql("update ask set merged_into = :into, merged_by = :by, merged_at = now() where id = :from")
                .param("into", into).param("by", mergedBy).param("from", from).update();
    }

    /** The asks not merged away, of one topic and one side when given, by side, topic and the date first stated. */
    List<Ask> list(@Nullable PolicyTopic topic, @Nullable CountryCode side) {
        return asks("""
                where a.merged_into is null and (cast(:topic as text) is null or a.topic = :topic)
                  and (cast(:side as text) is null or a.side = :side)
                order by a.side, a.topic, (select min(said_on) from ask_position p where p.ask_id = a.id), a.id""",
                q -> q.param("topic", topic == null ? null : topic.code()).param("side", side == null ? null : side.value()));
    }

    Optional<Ask> byId(long id) {
        return asks("where a.id = :id", q -> q.param("id", id)).stream().findFirst();
    }

    /** The asks a condition on {@code ask a} chooses, in its order, each with its positions: two queries for any number. */
    private List<Ask> asks(String condition, UnaryOperator<JdbcClient.StatementSpec> params) {
        record Head(long id, String side, String addressee, String topic, String statement, String status, @Nullable String statementVi) {
        }
        List<Head> found = params.apply(jdbc.sql("select a.id, a.side, a.addressee, a.topic, a.statement, a.status, a.statement_vi from ask a "
                + condition))
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7))).list();
        Map<Long, List<Position>> positions = new HashMap<>();
        jdbc.sql("""
                select ask_id, said_on, who, where_said, source_url, quote, answer, note, source from ask_position
                where ask_id = any(:asks) order by said_on, id""")
                .param("asks", found.stream().map(Head::id).toArray(Long[]::new))
                .query(rs -> {
                    positions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Position(rs.getObject(2, LocalDate.class),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9)));
                });
        return found.stream().map(h -> new Ask(h.id(), CountryCode.of(h.side()), CountryCode.of(h.addressee()),
                PolicyTopic.parse(h.topic()), h.statement(), AskStatus.parse(h.status()),
                positions.getOrDefault(h.id(), List.of()), h.statementVi())).toList();
    }
}
