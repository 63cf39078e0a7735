package org.bilateral.world;

import java.math.BigDecimal;
import java.util.List;
import org.bilateral.shared.CountryCode;
import org.jspecify.annotations.Nullable;

/**
 * A hub of a run, with its two ranks among the run's hubs.
 *
 * @param boundUsd       the rerouting bound: the part of the hub's exports to the destination that could be the origin's
 *                       goods passed on, in the trade year; null when the hub bought nothing from the origin that year
 * @param share          the bound's share of {@code hubExportsUsd}, 0 to 1
 * @param freundProducts the products passing the Freund test
 * @param missing        the flows the job could not read, in its words
 * @param boundRank      1 for the largest share; hubs with the same share share a rank; null without a bound
 * @param freundRank     1 for the most products passing the Freund test; ties share a rank
 */
public record WorldHub(CountryCode hub, int productsScreened, int freundProducts, @Nullable Integer tradeYear, @Nullable BigDecimal boundUsd,
                       @Nullable BigDecimal hubExportsUsd, @Nullable Double share, List<String> missing, @Nullable Integer boundRank,
                       int freundRank) {

    public WorldHub {
        missing = List.copyOf(missing);
    }

    /** The share as a decimal, for the pages' formatter. */
    public @Nullable BigDecimal shareDecimal() {
        return share == null ? null : BigDecimal.valueOf(share);
    }
}
