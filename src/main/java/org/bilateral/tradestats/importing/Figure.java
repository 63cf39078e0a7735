package org.bilateral.tradestats.importing;

import java.time.YearMonth;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.jspecify.annotations.Nullable;

/**
 * One statistic as read from a file, before it is stored. Values stay as the validated decimal text
 * of the file, so that nothing is lost to floating point on the way into the database.
 *
 * @param annual   true when the figure covers a whole year rather than one month
 * @param hsCode   empty for the all-products total
 * @param valuation FOB, CIF, CV (US customs value of imports) or FAS (free alongside ship, US exports)
 * @param hsRevision the edition of the Harmonized System the file reports the code in (2022, 2017, …)
 * @param reportedHsCode the code as the file reports it where {@code hsCode} carries it to HS 2022; else null
 */
public record Figure(CountryCode reporter, CountryCode partner, Flow flow, boolean annual, YearMonth period,
                     String hsCode, String valueUsd, @Nullable String altValueUsd, String valuation,
                     @Nullable String quantity, @Nullable String quantityUnit, @Nullable String netKg, int sourceLine,
                     int hsRevision, @Nullable String reportedHsCode) {

    /** The same figure under the HS 2022 code its reported code is carried to. */
    Figure carriedTo(String hs2022Code) {
        return new Figure(reporter, partner, flow, annual, period, hs2022Code, valueUsd, altValueUsd, valuation, quantity,
                quantityUnit, netKg, sourceLine, hsRevision, hsCode);
    }

    public int hsLevel() {
        return hsCode.length();
    }
}
