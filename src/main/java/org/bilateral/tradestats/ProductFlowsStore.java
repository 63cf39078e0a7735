package org.bilateral.tradestats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.bilateral.shared.HsLevel;
import org.bilateral.tradestats.ProductFlows.Product;
import org.bilateral.tradestats.ProductFlows.ProductYear;
import org.bilateral.tradestats.ProductFlows.Quantity;
import org.bilateral.tradestats.ProductFlows.Supply;
import org.bilateral.tradestats.ProductFlows.Value;
import org.bilateral.tradestats.importing.HeldSlices;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind one flow's trade in chosen products ({@link ProductFlows}): the product totals and the figures. */
@Repository
class ProductFlowsStore {

    /** One line of the totals of a year: its level ("total" for the flow's), code, year, value and months held. */
    record YearLine(String level, String code, int year, BigDecimal valueUsd, int months) {
    }

    /** The sum of one national line's figures in one slice. */
    record LineSum(long sliceKey, String hsCode, BigDecimal valueUsd) {
    }

    private final JdbcClient jdbc;

    ProductFlowsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Plans the transaction's next queries for the lists given each time (see {@link ProductFlows#years}). */
    void planForEachList() {
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
    }

    List<Value> values(CountryCode reporter, CountryCode partner, Flow flow, String[] levels, String[] codes, int fromYear,
                       int toYear) {
        // Each list is unnested once and its elements kept when they are among its level's codes. Joined to the codes
        // one by one instead, PostgreSQL unnested every list of a level again for each code of it asked: 925 lists for a
        // target of 13 products where 260 hold them all (issue 34).
        return jdbc.sql("""
                        select s.level, s.code, s.freq, s.period, s.value_usd, s.months
                        from (select l.level, l.freq, l.period, l.months, w.codes as wanted, unnest(l.codes) as code,
                                     unnest(l.values_usd) as value_usd
                              from trade_total_list l
                              join (select p.level, array_agg(p.code) as codes
                                    from unnest(cast(:levels as text[]), cast(:codes as text[])) p(level, code) group by p.level) w
                                   on w.level = l.level
                              where l.reporter = :r and l.partner = :p and l.flow = :f and l.freq in ('M', 'Y')
                                and l.period >= :from and l.period < :to
                                and l.level = any(cast(:levels as text[]))) s
                        where s.code = any(s.wanted)
                        order by s.period""")
                .param("levels", levels).param("codes", codes).param("r", reporter.value()).param("p", partner.value())
                .param("f", flow.code()).param("from", LocalDate.of(fromYear, 1, 1)).param("to", LocalDate.of(toYear + 1, 1, 1))
                .query((rs, n) -> new Value(new Product(HsLevel.parse(rs.getString(1)), rs.getString(2)), rs.getString(3).equals("M"),
                        YearMonth.from(rs.getObject(4, LocalDate.class)), rs.getBigDecimal(5), rs.getInt(6)))
                .list();
    }

    /** The years' totals of these codes at these levels, and the flow's own total ("total") of each year. */
    List<YearLine> yearsOfCodes(CountryCode reporter, CountryCode partner, Flow flow, String[] levels, String[] codes,
                                int fromYear, int toYear) {
        return jdbc.sql("""
                        select t.level, t.code, extract(year from t.period)::int, t.value_usd, t.months
                        from trade_total t
                        where t.reporter = :r and t.partner = :p and t.flow = :f and t.freq = 'Y'
                          and t.period >= :from and t.period < :to and t.level = any(cast(:levels as text[]))
                          and (t.code = any(cast(:codes as text[])) or t.level = 'total')""")
                .param("r", reporter.value()).param("p", partner.value()).param("f", flow.code())
                .param("from", LocalDate.of(fromYear, 1, 1)).param("to", LocalDate.of(toYear + 1, 1, 1))
                .param("levels", levels).param("codes", codes)
                .query((rs, n) -> yearLine(rs))
                .list();
    }

    /** Every national line's figures summed by slice, of the slices held, for lines under these subheadings. */
    List<LineSum> lineSums(HeldSlices.Held held, String[] subheadings) {
        return jdbc.sql("""
                        select slice_key, hs_code, sum(value_usd) from trade_figure
                        where import_id = any(cast(:imports as bigint[])) and slice_key between :lowest and :highest
                          and slice_key = any(cast(:keys as bigint[])) and left(hs_code, 6) = any(cast(:subheadings as text[]))
                        group by 1, 2""")
                .param("imports", held.imports()).param("lowest", held.lowest()).param("highest", held.highest())
                .param("keys", held.keys()).param("subheadings", subheadings)
                .query((rs, n) -> new LineSum(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3)))
                .list();
    }

    List<Quantity> quantities(CountryCode reporter, CountryCode partner, Flow flow, int fromYear, int toYear) {
        return jdbc.sql("""
                        select subheading, year, unit, quantity, value_usd from trade_quantity
                        where reporter = :r and partner = :p and flow = :f and year between :from and :to""")
                .param("r", reporter.value()).param("p", partner.value()).param("f", flow.code()).param("from", fromYear)
                .param("to", toYear)
                .query((rs, n) -> new Quantity(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getBigDecimal(4), rs.getBigDecimal(5)))
                .list();
    }

    List<ProductYear> productsOfYear(CountryCode reporter, CountryCode partner, Flow flow, HsLevel level, int year) {
        return jdbc.sql("""
                        select code, value_usd, months from trade_total
                        where reporter = :r and partner = :p and flow = :f and freq = 'Y' and period = :year and level = :level
                        order by value_usd desc, code""")
                .param("r", reporter.value()).param("p", partner.value()).param("f", flow.code())
                .param("year", LocalDate.of(year, 1, 1)).param("level", level.label())
                .query((rs, n) -> new ProductYear(rs.getString(1), rs.getBigDecimal(2), rs.getInt(3))).list();
    }

    /** Every line of a year's totals at these levels. */
    List<YearLine> linesOfYear(CountryCode reporter, CountryCode partner, Flow flow, List<String> levels, int year) {
        return jdbc.sql("""
                        select level, code, extract(year from period)::int, value_usd, months from trade_total
                        where reporter = :r and partner = :p and flow = :f and freq = 'Y' and period = :year
                          and level = any(cast(:levels as text[]))""")
                .param("r", reporter.value()).param("p", partner.value()).param("f", flow.code())
                .param("year", LocalDate.of(year, 1, 1)).param("levels", levels.toArray(String[]::new))
                .query((rs, n) -> yearLine(rs))
                .list();
    }

    /** Every line of the years' totals at one level, and the flow's total of each year. */
    List<YearLine> linesOfYears(CountryCode reporter, CountryCode partner, Flow flow, HsLevel level, int fromYear, int toYear) {
        return jdbc.sql("""
                        select level, code, extract(year from period)::int, value_usd, months from trade_total
                        where reporter = :r and partner = :p and flow = :f and freq = 'Y' and period >= :from and period < :to
                          and level = any(cast(:levels as text[]))""")
                .param("r", reporter.value()).param("p", partner.value()).param("f", flow.code())
                .param("from", LocalDate.of(fromYear, 1, 1)).param("to", LocalDate.of(toYear + 1, 1, 1))
                .param("levels", new String[] {"total", level.label()})
                .query((rs, n) -> yearLine(rs))
                .list();
    }

    /**
     * One year's list of a flow's totals at one level, as its two arrays written out ({@code array_to_string}): a few
     * dozen rows carry a screen's hundreds of thousands of values, where a row for each cost the reading most of its time.
     *
     * @param flow  the index of the flow asked for, from 1
     * @param count how many codes the list holds, to check the text against
     */
    record ListText(int flow, String level, int year, int months, String codes, String values, int count) {
    }

    /** The yearly lists of these flows (each a reporter, partner and flow at the same index) at these levels. */
    List<ListText> yearLists(String[] reporters, String[] partners, String[] flows, String[] levels, int fromYear, int toYear) {
        return jdbc.sql("""
                        select k.i, l.level, extract(year from l.period)::int, l.months, array_to_string(l.codes, ','),
                               array_to_string(l.values_usd, ','), cardinality(l.codes)
                        from unnest(cast(:reporters as char(2)[]), cast(:partners as char(2)[]), cast(:flows as text[]))
                             with ordinality k(r, p, f, i)
                        join trade_total_list l on l.reporter = k.r and l.partner = k.p and l.flow = k.f
                        where l.freq = 'Y' and l.period >= :from and l.period < :to and l.level = any(cast(:levels as text[]))""")
                .param("reporters", reporters).param("partners", partners).param("flows", flows).param("levels", levels)
                .param("from", LocalDate.of(fromYear, 1, 1)).param("to", LocalDate.of(toYear + 1, 1, 1))
                .query((rs, n) -> new ListText(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
                        rs.getString(6), rs.getInt(7)))
                .list();
    }

    List<Supply> suppliers(CountryCode reporter, Flow flow, HsLevel level, String[] codes, int year) {
        return jdbc.sql("""
                        select partner, code, value_usd from trade_total
                        where reporter = :r and flow = :f and freq = 'Y' and period = :year and level = :level
                          and code = any(cast(:codes as text[])) and partner <> :world
                        order by code, value_usd desc, partner""")
                .param("r", reporter.value()).param("f", flow.code()).param("year", LocalDate.of(year, 1, 1))
                .param("level", level.label()).param("codes", codes).param("world", CountryCode.WORLD.value())
                .query((rs, n) -> new Supply(CountryCode.of(rs.getString(1)), rs.getString(2), rs.getBigDecimal(3))).list();
    }

    /** The flow's total by month and by whole year (freq 'A'), in order. */
    List<Value> totalsByPeriod(CountryCode reporter, CountryCode partner, Flow flow, int fromYear, int toYear) {
        return jdbc.sql("""
                        select freq, period, value_usd, months from trade_total
                        where reporter = :r and partner = :p and flow = :f and level = 'total' and freq in ('M', 'A')
                          and period >= :from and period < :to
                        order by period, freq""")
                .param("r", reporter.value()).param("p", partner.value()).param("f", flow.code())
                .param("from", LocalDate.of(fromYear, 1, 1)).param("to", LocalDate.of(toYear + 1, 1, 1))
                .query((rs, n) -> new Value(null, rs.getString(1).equals("M"), YearMonth.from(rs.getObject(2, LocalDate.class)),
                        rs.getBigDecimal(3), rs.getInt(4)))
                .list();
    }

    Optional<YearMonth> latestMonth(CountryCode reporter, CountryCode partner, Flow flow) {
        return jdbc.sql("""
                        select max(case when freq = 'M' then period else (period + (months - 1) * interval '1 month')::date end)
                        from trade_total where reporter = :r and partner = :p and flow = :f and level = 'total' and freq in ('M', 'Y')""")
                .param("r", reporter.value()).param("p", partner.value()).param("f", flow.code())
                .query(LocalDate.class).optional().map(YearMonth::from);
    }

    Optional<ProductFlows.MonthHeld> monthHeld(CountryCode reporter, CountryCode partner, Flow flow, YearMonth month) {
        return jdbc.sql("""
                        select max(i.imported_at), bool_or(i.synthetic) from trade_slice s join trade_import i on i.id = s.import_id
                        where s.reporter = :r and s.partner = :p and s.flow = :f and s.freq = 'M' and s.period = :month
                        having count(*) > 0""")
                .param("r", reporter.value()).param("p", partner.value()).param("f", flow.code()).param("month", month.atDay(1))
                .query((rs, n) -> new ProductFlows.MonthHeld(rs.getObject(1, java.time.OffsetDateTime.class).toInstant(), rs.getBoolean(2)))
                .optional();
    }

    private static YearLine yearLine(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new YearLine(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBigDecimal(4), rs.getInt(5));
    }
}
