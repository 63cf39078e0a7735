package org.bilateral.policy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bilateral.policy.measures.Measures;
import org.bilateral.policy.measures.ReciprocalRate;
import org.bilateral.shared.CountryCode;

/** Where a partner's reciprocal rate stands in Annex I: how it is printed, and how many lines charge less, as much, more. */
final class AnnexStanding {

    private AnnexStanding() {
    }

    /** Each country's annex line; a country two lines name keeps the first. */
    static Map<CountryCode, ReciprocalRate> byCountry(List<ReciprocalRate> rates) {
        Map<CountryCode, ReciprocalRate> rateOf = new HashMap<>();
        rates.forEach(r -> r.countries().forEach(c -> rateOf.putIfAbsent(c, r)));
        return rateOf;
    }

    /**
     * The partner's standing among the other lines that print a rate in percent; a partner not in the annex is shown at
     * its 10% default, or as charged under other orders where those orders charged it.
     */
    static TariffStakes.Rates of(CountryCode partner, List<ReciprocalRate> rates) {
        ReciprocalRate own = byCountry(rates).get(partner);
        boolean otherOrders = own == null && Measures.CHARGED_UNDER_OTHER_ORDERS.contains(partner);
        long lower = 0;
        long same = 0;
        long higher = 0;
        BigDecimal ownPercent = own == null ? null : own.percent();
        if (ownPercent != null) {
            for (ReciprocalRate r : rates) {
                BigDecimal percent = r.percent();
                if (r != own && percent != null) {
                    int c = percent.compareTo(ownPercent);
                    lower += c < 0 ? 1 : 0;
                    same += c == 0 ? 1 : 0;
                    higher += c > 0 ? 1 : 0;
                }
            }
        }
        List<String> unmatched = rates.stream().filter(r -> r.countries().isEmpty()).map(ReciprocalRate::printedName).toList();
        String printed = own != null ? own.printedRate() : otherOrders ? TariffStakes.OTHER_ORDERS : TariffStakes.NOT_IN_ANNEX;
        return new TariffStakes.Rates(printed, otherOrders, lower, same, higher, unmatched);
    }
}
