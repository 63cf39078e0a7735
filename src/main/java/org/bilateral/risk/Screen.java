package org.bilateral.risk;

import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;
import java.util.List;
import org.bilateral.policy.TransshipmentPremium;
import org.bilateral.shared.Provenance;

/**
 * A screen's answer: the products ranked by their signals, each with its evidence and the trade it carries; the
 * country's rerouting bound; the flows read and those missing; where every figure comes from.
 *
 * @param premium the rate on goods found transshipped beside the hub's own, from the tariff history; null where none
 */
public record Screen(ScreenRequest request, List<FlowRead> flows, List<String> missing, int screened, List<Candidate> candidates,
                     ReroutingBound bound, TransshipmentPremium.@Nullable Rates premium, Provenance provenance) {

    /** A flow read: what it is, whose record, the years it covers. */
    public record FlowRead(String name, String description, List<Integer> years) {
    }

    /**
     * One product ranked: its score (the mean of its signals' ranks, 0 to 1), each signal with its arithmetic, the trade
     * it carries (the destination's imports of it from the hub in the latest year) and the added duty that trade would
     * bear if found transshipped.
     *
     * @param dutyAtStakeUsd null when no rate on transshipped goods is known for the hub
     */
    public record Candidate(int rank, String code, String label, double score, List<Signal> signals, BigDecimal tradeCarriedUsd,
                            @Nullable Integer tradeYear, @Nullable BigDecimal dutyAtStakeUsd) {
    }

    /**
     * The country figure: over every product, min(hub's imports from the origin, its exports to the destination) as a
     * share of its exports to the destination in one year, an upper bound of what could be the origin's goods passed on
     * (Iyoha, Malesky, Wen and Wu find 16.1% of Vietnam's 2021 exports to the US rerouted at product level).
     */
    public record ReroutingBound(@Nullable Integer year, @Nullable BigDecimal boundUsd, @Nullable BigDecimal hubExportsUsd,
                                 @Nullable Double share) {
    }
}
