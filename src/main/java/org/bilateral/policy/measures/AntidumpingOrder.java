package org.bilateral.policy.measures;

import org.jspecify.annotations.Nullable;
import java.time.LocalDate;
import java.util.List;

/**
 * A US anti-dumping (AD) or countervailing duty (CVD) order on a partner's goods. Its HTS numbers are the ones the
 * notice prints, when known: the scope's written description, not the numbers, is what binds.
 *
 * @param orderDate null where the sources give only the final determination
 * @param codes     empty where no scope text was at hand: such an order is listed, its trade is not guessed
 */
public record AntidumpingOrder(String caseNumber, Kind kind, String product, @Nullable LocalDate orderDate, List<HtsNumber> codes,
                               @Nullable String sourceUrl, @Nullable String note) {

    public enum Kind {
        /** Anti-dumping: where the non-market-economy method sets the normal value. */
        AD,
        /** Countervailing duty: subsidies, also measured against the non-market-economy benchmark. */
        CVD
    }
}
