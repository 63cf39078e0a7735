package org.bilateral.tradestats;

import java.math.BigDecimal;
import java.util.List;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.HsLevel;

/**
 * Top products by trade and top movers by change, comparing the same months of two years.
 *
 * @param months the months compared (January to this month) in both years
 */
public record Products(CountryCode reporter, CountryCode partner, HsLevel level, int year, int months,
                       List<Product> top, List<Product> movers, boolean synthetic) {

    public record Product(String code, String label, BigDecimal exports, BigDecimal imports,
                          BigDecimal exportsYearEarlier, BigDecimal importsYearEarlier, BigDecimal tradeChange) {
    }
}
