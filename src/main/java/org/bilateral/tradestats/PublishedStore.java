package org.bilateral.tradestats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Period;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind published headline figures: each beside what the imported totals give for its period. */
@Repository
class PublishedStore {

    /**
     * A published figure as stored, with the imported totals of its period.
     *
     * @param monthly the sum of the imported months of the period, and {@code months} how many there are
     * @param annual  the imported year's figure when the period is a calendar year held whole
     */
    record Row(Period period, CountryCode reporter, CountryCode partner, String flow, BigDecimal published,
               @Nullable BigDecimal monthly, int months, @Nullable BigDecimal annual, @Nullable String statisticsOf,
               @Nullable String sourceUrl, @Nullable String note) {
    }

    private final JdbcClient jdbc;

    PublishedStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The pair's published figures in both directions, by period. */
    List<Row> figures(CountryCode a, CountryCode b) {
        return jdbc.sql("""
                select p.reporter, p.partner, p.flow, p.first_month, p.last_month, p.value_usd, p.statistics_of,
                       p.source_url, p.note,
                       (select sum(t.value_usd) from trade_total t where t.reporter = p.reporter and t.partner = p.partner
                          and t.flow = p.flow and t.level = 'total' and t.freq = 'M'
                          and t.period between p.first_month and p.last_month) as monthly,
                       (select count(*) from trade_total t where t.reporter = p.reporter and t.partner = p.partner
                          and t.flow = p.flow and t.level = 'total' and t.freq = 'M'
                          and t.period between p.first_month and p.last_month) as months,
                       (select t.value_usd from trade_total t where t.reporter = p.reporter and t.partner = p.partner
                          and t.flow = p.flow and t.level = 'total' and t.freq = 'Y' and t.months = 12
                          and t.period = p.first_month and extract(month from p.first_month) = 1
                          and p.last_month = (p.first_month + interval '11 months')::date) as annual
                from published_figure p
                where (p.reporter = :a and p.partner = :b) or (p.reporter = :b and p.partner = :a)
                order by p.first_month, p.last_month, p.reporter, p.flow""")
                .param("a", a.value()).param("b", b.value())
                .query((rs, n) -> new Row(new Period(YearMonth.from(rs.getObject(4, LocalDate.class)),
                        YearMonth.from(rs.getObject(5, LocalDate.class))), CountryCode.of(rs.getString(1)),
                        CountryCode.of(rs.getString(2)), rs.getString(3), rs.getBigDecimal(6), rs.getBigDecimal(10),
                        rs.getInt(11), rs.getBigDecimal(12), rs.getString(7), rs.getString(8), rs.getString(9)))
                .list();
    }
}
