package org.bilateral.risk;

import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.bilateral.policy.TransshipmentPremium;
import org.bilateral.shared.Provenance;

/**
 * One product of a screen looked at closely: each of its three flows as the importer and the exporter record it, year by
 * year, its signals' arithmetic, and its rank among the products screened with it.
 *
 * @param premium the rate on transshipped goods its added duty is priced at (see {@link Screen}), null where none
 */
public record ProductView(ScreenRequest request, Screen.Candidate candidate, int screened, List<Series> series, List<String> missing,
                          Provenance provenance, TransshipmentPremium.@Nullable Rates premium) {

    /** One record of one flow: which flow, whose record, its values by year (zero where not traded). */
    public record Series(String flow, String record, Map<Integer, BigDecimal> values) {
    }
}
