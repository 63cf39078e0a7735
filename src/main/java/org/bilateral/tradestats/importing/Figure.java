package org.bilateral.tradestats.importing;

import java.time.YearMonth;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;

/**
 * One statistic as read from a file, before it is stored. Values stay as the validated decimal text
 * of the file, so that nothing is lost to floating point on the way into the database.
 *
 * @param annual   true when the figure covers a whole year rather than one month
 * @param hsCode   empty for the all-products total
 * @param valuation FOB, CIF, CV (US customs value of imports) or FAS (free alongside ship, US exports)
 */
public record Figure(CountryCode reporter, CountryCode partner, Flow flow, boolean annual, YearMonth period,
                     String hsCode, String valueUsd, String altValueUsd, String valuation,
                     String quantity, String quantityUnit, String netKg, int sourceLine) {

    public int hsLevel() {
        return hsCode.length();
    }
}
