package org.bilateral.worldjob.screen;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One hub screened, as an executor hands it back: what {@link org.bilateral.risk.WorldRoutes.HubScreen} says, with the
 * hub's missing flows in words, and what its task read (rows and the store's partitions, for the run's count and sources).
 *
 * @param partitions the store's partitions its rows came from, each {@code year * 1000 + reporter}
 */
public record HubResult(String hub, int productsScreened, int freundProducts, @Nullable Integer tradeYear, @Nullable BigDecimal boundUsd,
                        @Nullable BigDecimal hubExportsUsd, @Nullable Double share, List<String> missing, List<Product> products,
                        long rowsRead, List<Integer> partitions) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A product shown, at its rank among the hub's products. */
    public record Product(int rank, String code, double score, BigDecimal tradeUsd, double freund, List<SignalResult> signals)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** One signal: kind (SignalKind's name), value (null: not computed), rank and arithmetic. */
    public record SignalResult(String kind, @Nullable Double value, double rank, String arithmetic) implements Serializable {
        private static final long serialVersionUID = 1L;
    }
}
