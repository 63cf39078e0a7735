package org.bilateral.policy;

import org.jspecify.annotations.Nullable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bilateral.policy.measures.Measures;
import org.bilateral.policy.measures.TariffAction;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Unavailable;
import org.springframework.stereotype.Service;

/**
 * What each ask is worth in trade, computed from the imported statistics and the measure files: the imports under the
 * anti-dumping orders market-economy status would change, the exports the export-control groups bear on, the duties the
 * tariff rate charges, and what another rate would charge. Every answer names its sources and what it leaves out.
 */
@Service
public class Stakes {

    private final Measures measures;
    private final OrdersAtStake orders;
    private final ExportControlsAtStake exportControls;
    private final TariffsAtStake tariffs;

    Stakes(Measures measures, OrdersAtStake orders, ExportControlsAtStake exportControls, TariffsAtStake tariffs) {
        this.measures = measures;
        this.orders = orders;
        this.exportControls = exportControls;
        this.tariffs = tariffs;
    }

    /** The stakes of one topic, as the page, the command and the API answer them. */
    public TopicStakes of(StakesRequest request) {
        return switch (request.topic()) {
            case MARKET_ECONOMY_STATUS -> marketEconomyStatus(request);
            case EXPORT_CONTROLS -> exportControls(request);
            case TARIFFS -> tariffs(request);
            default -> throw new IllegalStateException("no stakes for " + request.topic());
        };
    }

    /**
     * What is at stake beside an ask: its topic's stakes for the side the US measures apply to, or why they cannot be
     * given; for trade fraud, the rates on goods found transshipped.
     *
     * @param unavailable why the stakes cannot be given (a measure file missing, no files for the partner), or null
     */
    public record Beside(PolicyTopic topic, CountryCode partner, @Nullable TopicStakes stakes, @Nullable String unavailable,
                         List<DatedRate> transshipment) {
    }

    /** A rate row with the day its rate stopped being charged, null while it is. */
    public record DatedRate(TariffAction action, @Nullable LocalDate until) {
    }

    public Optional<Beside> beside(Asks.Ask ask) {
        CountryCode partner = ask.side().equals(Measures.UNITED_STATES) ? ask.addressee() : ask.side();
        if (!ask.side().equals(Measures.UNITED_STATES) && !ask.addressee().equals(Measures.UNITED_STATES)) {
            return Optional.empty();
        }
        try {
            if (StakesRequest.TOPICS.contains(ask.topic())) {
                return Optional.of(new Beside(ask.topic(), partner, of(StakesRequest.of(partner, ask.topic(), null, null)),
                        null, List.of()));
            }
            if (ask.topic() == PolicyTopic.TRADE_FRAUD && Measures.covers(partner)) {
                List<TariffAction> history = measures.tariffHistory(partner);
                return Optional.of(new Beside(ask.topic(), partner, null, null, history.stream()
                        .filter(a -> a.kind() == TariffAction.Kind.TRANSSHIPPED_GOODS)
                        .map(a -> new DatedRate(a, RatePath.until(a, history))).toList()));
            }
        } catch (Unavailable | InvalidInput e) {
            return Optional.of(new Beside(ask.topic(), partner, null, e.getMessage(), List.of()));
        }
        return Optional.empty();
    }

    public MarketEconomyStakes marketEconomyStatus(StakesRequest request) {
        return orders.of(request);
    }

    public ExportControlStakes exportControls(StakesRequest request) {
        return exportControls.of(request);
    }

    public TariffStakes tariffs(StakesRequest request) {
        return tariffs.of(request);
    }

    /** The what-if against the rate in force on a day, product by product, for one year's imports. */
    public WhatIf.Result whatIf(WhatIf w) {
        return tariffs.whatIf(w);
    }
}
