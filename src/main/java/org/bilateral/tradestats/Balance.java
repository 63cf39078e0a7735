package org.bilateral.tradestats;

import java.math.BigDecimal;
import java.util.List;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Granularity;
import org.bilateral.shared.HsLevel;

/** The balance as the reporter's statistics show it, period by period and product by product. */
public record Balance(CountryCode reporter, CountryCode partner, Granularity by, HsLevel level, List<Row> rows,
                      List<Source> sources, boolean synthetic, List<PublishedComparison> published) {

    /**
     * One period and product. Year-earlier values are null where there are no statistics for it;
     * changes are fractions (0.12 = +12%).
     *
     * @param months how many months of statistics the period holds (a partial year shows fewer than 12)
     */
    public record Row(String period, String code, String label, BigDecimal exports, BigDecimal imports,
                      BigDecimal balance, BigDecimal exportsYearEarlier, BigDecimal importsYearEarlier,
                      BigDecimal balanceYearEarlier, BigDecimal exportsChange, BigDecimal importsChange, int months,
                      String dataset, boolean synthetic) {

        /** The code whose trade a not-allocated sector line holds ("94"), or null for any other line. */
        public String notAllocated() {
            return org.bilateral.reference.Sector.notAllocatedCode(code).orElse(null);
        }
    }
}
