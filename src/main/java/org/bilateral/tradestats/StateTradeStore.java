package org.bilateral.tradestats;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.bilateral.shared.HsCode;
import org.jspecify.annotations.Nullable;
import org.bilateral.tradestats.census.StateFigure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind the trade by US state: each pulled answer one import, the current one per month found by its key. */
@Repository
class StateTradeStore {

    private final JdbcClient jdbc;

    StateTradeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The answer held now for a month of a flow with a partner. */
    record Held(long importId, String sha256) {
    }

    Optional<Held> current(CountryCode partner, Flow flow, YearMonth month) {
        return jdbc.sql("""
                select id, sha256 from state_trade_import
                where partner = :partner and flow = :flow and period = :period and replaced_by is null""")
                .param("partner", partner.value()).param("flow", flow.code()).param("period", Date.valueOf(month.atDay(1)))
                .query((rs, n) -> new Held(rs.getLong(1), rs.getString(2))).optional();
    }

    /** An answer stored before for a month, current or replaced, found by its checksum. */
    record Earlier(long importId, Instant at, boolean synthetic) {
    }

    Optional<Earlier> bySha(CountryCode partner, Flow flow, YearMonth month, String sha256) {
        return jdbc.sql("""
                select id, pulled_at, synthetic from state_trade_import
                where partner = :partner and flow = :flow and period = :period and sha256 = :sha order by id desc limit 1""")
                .param("partner", partner.value()).param("flow", flow.code()).param("period", Date.valueOf(month.atDay(1)))
                .param("sha", sha256)
                .query((rs, n) -> new Earlier(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getBoolean(3)))
                .optional();
    }

    int rowCount(long importId) {
        return jdbc.sql("select row_count from state_trade_import where id = :id").param("id", importId).query(Integer.class).single();
    }

    /** Holds a month of a flow with a partner until the transaction ends: one answer for it is stored at a time. */
    void lock(CountryCode partner, Flow flow, YearMonth month) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))::text")
                .param("key", "state " + partner.value() + " " + flow.code() + " " + month).query(String.class).single();
    }

    /** Stores an answer as the month's current one, the one it replaces kept as a revision; returns the new import's id. */
    long store(CountryCode partner, Flow flow, YearMonth month, int hsLevel, String fileName, String sha256, String actor,
               List<StateFigure> figures, int totalsDropped, Optional<Held> replacing) {
        return store(partner, flow, month, hsLevel, fileName, sha256, actor, figures, totalsDropped, replacing, false);
    }

    /** As above; {@code synthetic} for an answer made up for the demonstration, said so wherever it is shown. */
    long store(CountryCode partner, Flow flow, YearMonth month, int hsLevel, String fileName, String sha256, String actor,
               List<StateFigure> figures, int totalsDropped, Optional<Held> replacing, boolean synthetic) {
        // The new id first: the old answer points to its replacement before the new one becomes the month's current.
        long id = jdbc.sql("select nextval('state_trade_import_id_seq')").query(Long.class).single();
        replacing.ifPresent(old -> jdbc.sql("update state_trade_import set replaced_by = :id where id = :old")
                .param("id", id).param("old", old.importId()).update());
        Date period = Date.valueOf(month.atDay(1));
        jdbc.sql("""
                insert into state_trade_import (id, partner, flow, period, hs_level, file_name, sha256, pulled_by, row_count,
                                                totals_dropped, synthetic)
                values (:id, :partner, :flow, :period, :level, :file, :sha, :by, :rows, :dropped, :synthetic)""")
                .param("id", id).param("partner", partner.value()).param("flow", flow.code()).param("period", period)
                .param("level", hsLevel).param("file", fileName).param("sha", sha256).param("by", actor)
                .param("rows", figures.size()).param("dropped", totalsDropped).param("synthetic", synthetic).update();
        if (!figures.isEmpty()) {
            jdbc.sql("""
                    insert into state_trade (import_id, state, partner, flow, hs_code, period, value_usd)
                    select :id, s, :partner, :flow, c, :period, v
                    from unnest(cast(:states as text[]), cast(:codes as text[]), cast(:values as numeric[])) n(s, c, v)""")
                    .param("id", id).param("partner", partner.value()).param("flow", flow.code()).param("period", period)
                    .param("states", figures.stream().map(StateFigure::state).toArray(String[]::new))
                    .param("codes", figures.stream().map(StateFigure::hsCode).toArray(String[]::new))
                    .param("values", figures.stream().map(StateFigure::valueUsd).toArray(BigDecimal[]::new))
                    .update();
        }
        return id;
    }

    /**
     * Stores many months' answers at once, each a synthetic import of its own (the demonstration's, made up): two
     * statements for them all, so that the demonstration stays quick to load.
     */
    void storeSynthetic(CountryCode partner, Flow flow, int hsLevel, SortedMap<YearMonth, List<StateFigure>> months, String actor) {
        List<Long> ids = jdbc.sql("select nextval('state_trade_import_id_seq') from generate_series(1, :n)")
                .param("n", months.size()).query(Long.class).list();
        int rows = months.values().stream().mapToInt(List::size).sum();
        Long[] importIds = new Long[months.size()];
        String[] periods = new String[months.size()];
        Integer[] counts = new Integer[months.size()];
        Long[] rowIds = new Long[rows];
        String[] rowPeriods = new String[rows];
        String[] states = new String[rows];
        String[] codes = new String[rows];
        BigDecimal[] values = new BigDecimal[rows];
        int m = 0;
        int r = 0;
        for (var month : months.entrySet()) {
            importIds[m] = ids.get(m);
            periods[m] = month.getKey().atDay(1).toString();
            counts[m] = month.getValue().size();
            for (StateFigure f : month.getValue()) {
                rowIds[r] = ids.get(m);
                rowPeriods[r] = periods[m];
                states[r] = f.state();
                codes[r] = f.hsCode();
                values[r] = f.valueUsd();
                r++;
            }
            m++;
        }
        jdbc.sql("""
                insert into state_trade_import (id, partner, flow, period, hs_level, file_name, sha256, pulled_by, row_count,
                                                totals_dropped, synthetic)
                select i, :partner, :flow, p, :level, 'demonstration (synthetic)', 'synthetic ' || i, :by, c, 0, true
                from unnest(cast(:ids as bigint[]), cast(:periods as date[]), cast(:counts as integer[])) n(i, p, c)""")
                .param("partner", partner.value()).param("flow", flow.code()).param("level", hsLevel).param("by", actor)
                .param("ids", importIds).param("periods", periods).param("counts", counts).update();
        jdbc.sql("""
                insert into state_trade (import_id, state, partner, flow, hs_code, period, value_usd)
                select i, s, :partner, :flow, c, p, v
                from unnest(cast(:ids as bigint[]), cast(:states as text[]), cast(:codes as text[]), cast(:periods as date[]),
                            cast(:values as numeric[])) n(i, s, c, p, v)""")
                .param("partner", partner.value()).param("flow", flow.code()).param("ids", rowIds).param("states", states)
                .param("codes", codes).param("periods", rowPeriods).param("values", values).update();
    }

    /** The months held for a flow with a partner, each with the HS level of its current answer. */
    NavigableMap<YearMonth, Integer> levels(CountryCode partner, Flow flow) {
        NavigableMap<YearMonth, Integer> months = new TreeMap<>();
        jdbc.sql("select period, hs_level from state_trade_import where partner = :partner and flow = :flow and replaced_by is null")
                .param("partner", partner.value()).param("flow", flow.code())
                .query(rs -> {
                    months.put(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getInt(2));
                });
        return months;
    }

    boolean synthetic(CountryCode partner) {
        return jdbc.sql("select exists (select 1 from state_trade_import where partner = :partner and synthetic and replaced_by is null)")
                .param("partner", partner.value()).query(Boolean.class).single();
    }

    /** A state's sum by year over the answers held: a month answered without a row for the state counts, as 0. */
    List<StateTrade.StateYear> years(String state, CountryCode partner, Flow flow) {
        return jdbc.sql("""
                select cast(extract(year from i.period) as integer) y, coalesce(sum(s.v), 0), count(*)
                from state_trade_import i
                left join (select import_id, sum(value_usd) v from state_trade
                           where partner = :partner and flow = :flow and state = :state group by import_id) s on s.import_id = i.id
                where i.partner = :partner and i.flow = :flow and i.replaced_by is null
                group by y order by y""")
                .param("partner", partner.value()).param("flow", flow.code()).param("state", state)
                .query((rs, n) -> new StateTrade.StateYear(rs.getInt(1), rs.getBigDecimal(2), rs.getInt(3))).list();
    }

    /** A state's products over some months against other months (none when {@code before} is null), at one HS level. */
    List<StateTrade.ProductYear> productsInYear(String state, CountryCode partner, Flow flow, List<YearMonth> now,
                                                @Nullable List<YearMonth> before, int level) {
        return jdbc.sql("""
                select left(t.hs_code, :level) code,
                       coalesce(sum(t.value_usd) filter (where t.period = any(cast(:now as date[]))), 0) v,
                       sum(t.value_usd) filter (where t.period = any(cast(:before as date[]))) p
                from state_trade t join state_trade_import i on i.id = t.import_id and i.replaced_by is null
                where t.partner = :partner and t.flow = :flow and t.state = :state
                  and (t.period = any(cast(:now as date[])) or t.period = any(cast(:before as date[])))
                group by code order by v desc, code""")
                .param("level", level).param("partner", partner.value()).param("flow", flow.code()).param("state", state)
                .param("now", dates(now)).param("before", dates(before == null ? List.of() : before))
                .query((rs, n) -> new StateTrade.ProductYear(HsCode.of(rs.getString(1)), rs.getBigDecimal(2),
                        before == null ? null : zero(rs.getBigDecimal(3))))
                .list();
    }

    /**
     * Every state's sum over some months against other months (none when {@code before} is null), of the rows one of
     * the codes matches at its month's held level (all rows when no code is given); each row is counted once however
     * many codes match it.
     */
    List<StateTrade.StateChange> yearOnYear(CountryCode partner, Flow flow, List<YearMonth> now, @Nullable List<YearMonth> before,
                                            List<String> codes) {
        return jdbc.sql("""
                select t.state,
                       coalesce(sum(t.value_usd) filter (where t.period = any(cast(:now as date[]))), 0) v,
                       sum(t.value_usd) filter (where t.period = any(cast(:before as date[]))) p
                from state_trade t join state_trade_import i on i.id = t.import_id and i.replaced_by is null
                where t.partner = :partner and t.flow = :flow
                  and (t.period = any(cast(:now as date[])) or t.period = any(cast(:before as date[])))
                  and (cardinality(cast(:codes as text[])) = 0
                       or exists (select 1 from unnest(cast(:codes as text[])) c where starts_with(t.hs_code, left(c, i.hs_level))))
                group by t.state order by v desc, t.state""")
                .param("partner", partner.value()).param("flow", flow.code())
                .param("now", dates(now)).param("before", dates(before == null ? List.of() : before))
                .param("codes", codes.toArray(String[]::new))
                .query((rs, n) -> new StateTrade.StateChange(rs.getString(1), rs.getBigDecimal(2),
                        before == null ? null : zero(rs.getBigDecimal(3)), now.size()))
                .list();
    }

    private static String[] dates(List<YearMonth> months) {
        return months.stream().map(m -> m.atDay(1).toString()).toArray(String[]::new);
    }

    private static BigDecimal zero(@Nullable BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    List<StateTrade.StateTotal> totals(CountryCode partner, Flow flow, YearMonth from, YearMonth to) {
        return jdbc.sql("""
                select t.state, sum(t.value_usd), count(distinct t.period)
                from state_trade t join state_trade_import i on i.id = t.import_id and i.replaced_by is null
                where t.partner = :partner and t.flow = :flow and t.period between :from and :to
                group by t.state order by sum(t.value_usd) desc, t.state""")
                .param("partner", partner.value()).param("flow", flow.code())
                .param("from", Date.valueOf(from.atDay(1))).param("to", Date.valueOf(to.atDay(1)))
                .query((rs, n) -> new StateTrade.StateTotal(rs.getString(1), rs.getBigDecimal(2), rs.getInt(3))).list();
    }

    List<StateTrade.StateProduct> products(String state, CountryCode partner, Flow flow, YearMonth from, YearMonth to) {
        return jdbc.sql("""
                select t.hs_code, sum(t.value_usd)
                from state_trade t join state_trade_import i on i.id = t.import_id and i.replaced_by is null
                where t.partner = :partner and t.flow = :flow and t.state = :state and t.period between :from and :to
                group by t.hs_code order by sum(t.value_usd) desc, t.hs_code""")
                .param("partner", partner.value()).param("flow", flow.code()).param("state", state)
                .param("from", Date.valueOf(from.atDay(1))).param("to", Date.valueOf(to.atDay(1)))
                .query((rs, n) -> new StateTrade.StateProduct(rs.getString(1), rs.getBigDecimal(2))).list();
    }

    List<StateTrade.StatePull> pulledSince(Instant since) {
        return jdbc.sql("""
                select id, partner, flow, period, file_name, pulled_at, row_count, replaced_by is not null
                from state_trade_import where pulled_at >= :since order by pulled_at, id""")
                .param("since", OffsetDateTime.ofInstant(since, java.time.ZoneOffset.UTC))
                .query((rs, n) -> new StateTrade.StatePull(rs.getLong(1), CountryCode.of(rs.getString(2)), Flow.ofCode(rs.getString(3)),
                        YearMonth.from(rs.getObject(4, LocalDate.class)), rs.getString(5),
                        rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getInt(7), rs.getBoolean(8)))
                .list();
    }
}
