package org.bilateral.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.bilateral.policy.measures.TariffAction;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Provenance;

/**
 * What the tariff asks are about: the additional rate on the partner's goods on every date, with the instruments and
 * court rulings; the estimated additional duties on the imported statistics; and the partner's rate beside its
 * competitors' for its top products.
 *
 * @param rateToday null when the reference data holds no dated history for the partner
 */
public record TariffStakes(CountryCode importer, CountryCode partner, LocalDate today, BigDecimal rateToday,
                           List<RatePath.Step> steps, List<TariffAction> actions, List<DutyYear> duties,
                           Integer comparisonYear, List<ProductRates> topProducts, Rates rates, Provenance provenance) implements TopicStakes {

    /**
     * One year's imports and the additional duty they would bear.
     *
     * @param averageRatePercent the rate in force, averaged over the days of the months the statistics hold
     */
    public record DutyYear(int year, BigDecimal importsUsd, int months, BigDecimal averageRatePercent, BigDecimal dutiesUsd) {
    }

    /** One of the partner's top products with the other suppliers the statistics hold for it, and their rates. */
    public record ProductRates(String code, String label, BigDecimal importsUsd, List<SupplierRate> suppliers) {
    }

    /** @param percent null when the annex prints a formula, or the country is not matched to a line */
    public record SupplierRate(CountryCode country, String name, BigDecimal importsUsd, String printedRate, BigDecimal percent) {
    }

    /**
     * The partner's rate in the annex against every other country's.
     *
     * @param unmatched annex lines whose names matched no country, shown as printed
     */
    public record Rates(String partnerRate, long lower, long same, long higher, List<String> unmatched) {
    }
}
