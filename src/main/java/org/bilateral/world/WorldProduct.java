package org.bilateral.world;

import java.math.BigDecimal;
import java.util.List;
import org.bilateral.risk.Signal;
import org.bilateral.shared.HsCode;

/**
 * A product shown for a hub: its rank among the hub's products (1 the strongest), its score, the trade it carries in the
 * trade year, its Freund value (the hub's excess growth as a share of its exports where all four conditions hold, else
 * 0) and its six signals in {@link org.bilateral.risk.SignalKind} order.
 */
public record WorldProduct(int rank, HsCode code, double score, BigDecimal tradeUsd, double freund, List<Signal> signals) {

    public WorldProduct {
        signals = List.copyOf(signals);
    }

    public boolean passesFreund() {
        return freund > 0;
    }
}
