package org.bilateral.tradestats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bilateral.tradestats.importing.TotalsState;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.bilateral.shared.HsLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * One flow's trade in chosen products, by month and by year, read from the product totals every import rebuilds: what
 * purchase targets are measured against. A few thousand rows answer it however many millions of figures there are.
 */
@Service
public class ProductFlows {

    /** A chapter, heading or subheading by its digits, or a sector by its id. */
    public record Product(HsLevel level, String code) {
        public Product {
            if (level != HsLevel.CHAPTER && level != HsLevel.HEADING && level != HsLevel.SUBHEADING && level != HsLevel.SECTOR) {
                throw new IllegalArgumentException("products are chapters, headings, subheadings or sectors, not " + level.label());
            }
        }
    }

    /**
     * @param month  true for a month's value, false for a year's (the sum of its months, or the annual figure)
     * @param months how many months of statistics a year's value holds
     */
    public record Value(Product product, boolean month, YearMonth period, BigDecimal valueUsd, int months) {
    }

    private final JdbcClient jdbc;

    private final TotalsState totals;

    ProductFlows(JdbcClient jdbc, TotalsState totals) {
        this.totals = totals;
        this.jdbc = jdbc;
    }

    public List<Value> values(CountryCode reporter, CountryCode partner, Flow flow, Collection<Product> products, int fromYear, int toYear) {
        totals.requireWhole();
        if (products.isEmpty()) {
            return List.of();
        }
        String[] levels = products.stream().map(p -> p.level().label()).toArray(String[]::new);
        String[] codes = products.stream().map(Product::code).toArray(String[]::new);
        return jdbc.sql("""
                        select t.level, t.code, t.freq, t.period, t.value_usd, t.months
                        from trade_total t join unnest(cast(:levels as text[]), cast(:codes as text[])) p(level, code)
                             on t.level = p.level and t.code = p.code
                        where t.reporter = :r and t.partner = :p and t.flow = :f and t.freq in ('M', 'Y')
                          and t.period >= :from and t.period < :to
                          -- only the lists of the products' levels are read (totals are stored as a list per level)
                          and t.level = any(cast(:levels as text[]))
                        order by t.period""")
                .param("levels", levels).param("codes", codes).param("r", reporter.value()).param("p", partner.value())
                .param("f", flow.code()).param("from", LocalDate.of(fromYear, 1, 1)).param("to", LocalDate.of(toYear + 1, 1, 1))
                .query((rs, n) -> new Value(new Product(HsLevel.parse(rs.getString(1)), rs.getString(2)), rs.getString(3).equals("M"),
                        YearMonth.from(rs.getObject(4, LocalDate.class)), rs.getBigDecimal(5), rs.getInt(6)))
                .list();
    }

    /** The latest month the reporter's statistics of this flow with the partner cover, monthly or in a year's figure. */
    public Optional<YearMonth> latestMonth(CountryCode reporter, CountryCode partner, Flow flow) {
        return jdbc.sql("""
                        select max(case when freq = 'M' then period else (period + (months - 1) * interval '1 month')::date end)
                        from trade_total where reporter = :r and partner = :p and flow = :f and level = 'total' and freq in ('M', 'Y')""")
                .param("r", reporter.value()).param("p", partner.value()).param("f", flow.code())
                .query(LocalDate.class).optional().map(YearMonth::from);
    }
}
