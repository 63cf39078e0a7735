package org.bilateral.policy;

import org.jspecify.annotations.Nullable;
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
public record TariffStakes(CountryCode importer, CountryCode partner, LocalDate today, @Nullable BigDecimal rateToday,
                           List<RatePath.Step> steps, List<TariffAction> actions, List<DutyYear> duties,
                           @Nullable Integer comparisonYear, List<ProductRates> topProducts, Rates rates, Provenance provenance) implements TopicStakes {

    /** The day one of the actions' rates stopped being charged, or null while it is or when it charges none (see {@link RatePath#until}). */
    public @Nullable LocalDate until(TariffAction action) {
        return RatePath.until(action, actions);
    }

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

    /**
     * @param percent null when the annex prints a formula, or the country is charged under other orders not in the
     *                reference data
     */
    public record SupplierRate(CountryCode country, String name, BigDecimal importsUsd, String printedRate, @Nullable BigDecimal percent) {
    }

    /** How a country not in the annex is shown: not at the annex's 10% default when other orders charged it. */
    public static final String OTHER_ORDERS = "charged under other orders (not in the reference data)";

    /** How a country neither in the annex nor charged under other orders is shown. */
    public static final String NOT_IN_ANNEX = "10% (not in Annex I)";

    /**
     * The partner's rate in the annex against every other country's.
     *
     * @param otherOrders the partner is not in the annex, its goods charged under other orders not in the reference data:
     *                    its rate is not known and not compared
     * @param unmatched   annex lines whose names matched no country, shown as printed
     */
    public record Rates(String partnerRate, boolean otherOrders, long lower, long same, long higher, List<String> unmatched) {
    }
}
