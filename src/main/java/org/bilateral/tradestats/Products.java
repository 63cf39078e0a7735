package org.bilateral.tradestats;

import java.math.BigDecimal;
import java.util.List;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.HsLevel;
import org.bilateral.shared.Period;
import org.jspecify.annotations.Nullable;

/**
 * Top products by trade and top movers by change, comparing the same months of two years.
 *
 * @param months      how many months are compared: those of the year both flows hold, and the same months a year earlier
 * @param held        the first and last of those months
 * @param partial     the year holds fewer than twelve months ("2025 (Jan–Mar)")
 * @param shown       the year as downloads, the command line and JSON say it: "2025 (Jan–Mar)" when not all of it is held
 * @param moversBlank why there are no movers (the year before does not hold the same months), null when there are
 */
public record Products(CountryCode reporter, CountryCode partner, HsLevel level, int year, int months,
                       List<Product> top, List<Product> movers, boolean synthetic, @Nullable Period held,
                       boolean partial, @Nullable String shown, Balance.@Nullable ChangeBlank moversBlank) {

    /** A product; its year-earlier figures and change are null where the year before does not hold the same months. */
    public record Product(String code, String label, BigDecimal exports, BigDecimal imports,
                          @Nullable BigDecimal exportsYearEarlier, @Nullable BigDecimal importsYearEarlier,
                          @Nullable BigDecimal tradeChange) {
    }
}
