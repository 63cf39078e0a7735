package org.bilateral.tradestats;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Period;
import org.bilateral.shared.Said;
import org.springframework.stereotype.Service;

/**
 * Use case: the US trade with a partner by state, as pulled from Census's {@code statehs} endpoints ({@code bilateral pull
 * census --state}): what each state sends the partner (exports, by the state the goods start their journey from, not
 * necessarily where they were made) and receives from it (imports, by the state declared at entry). Only each month's
 * current answer is read; the answers it replaced stay stored as revisions.
 */
@Service
public class StateTrade {

    /**
     * One state's trade over a span.
     *
     * @param state    USPS code; {@code XX} is trade Census could not place in a state
     * @param valueUsd US dollars over the months held
     * @param months   how many months of the span are held for it: fewer than the span's is a partial figure
     */
    public record StateTotal(String state, BigDecimal valueUsd, int months) {
    }

    /** One product of one state's trade over a span, at the HS level pulled. */
    public record StateProduct(String hsCode, BigDecimal valueUsd) {
    }

    /** A pulled answer: one month of one flow with one partner, and whether a later answer has replaced it. */
    public record StatePull(long importId, CountryCode partner, Flow flow, YearMonth month, String fileName, Instant pulledAt,
                            int rows, boolean replaced) {
    }

    private final StateTradeStore store;

    StateTrade(StateTradeStore store) {
        this.store = store;
    }

    /** Each state's trade of one flow with the partner over the span, largest first. */
    public List<StateTotal> totals(CountryCode partner, Flow flow, Period span) {
        return store.totals(partner, usFlow(flow), span.first(), span.last());
    }

    /** One state's trade of one flow with the partner by product over the span, largest first: what it sells Vietnam. */
    public List<StateProduct> products(String state, CountryCode partner, Flow flow, Period span) {
        if (!state.matches("[A-Z]{2}")) {
            throw new InvalidInput("state", Said.of("refusal.census.notAState", state));
        }
        return store.products(state, partner, usFlow(flow), span.first(), span.last());
    }

    /** The answers pulled since a moment, oldest first, for what changed since the last round. */
    public List<StatePull> pulledSince(Instant since) {
        return store.pulledSince(since);
    }

    private static Flow usFlow(Flow flow) {
        if (flow != Flow.EXPORT && flow != Flow.IMPORT) {
            throw new InvalidInput("flow", Said.of("refusal.census.flow", flow.label()));
        }
        return flow;
    }
}
