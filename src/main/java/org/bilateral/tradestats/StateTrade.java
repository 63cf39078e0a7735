package org.bilateral.tradestats;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Period;
import org.bilateral.shared.Said;
import org.bilateral.shared.UsState;
import org.jspecify.annotations.Nullable;
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

    /** One state's trade of a flow with the partner in one calendar year; months < 12 is a partial year. */
    public record StateYear(int year, BigDecimal valueUsd, int months) {
    }

    /**
     * One state's (or all states') trade of a product in a year against the same months of the year before (like for
     * like: a year of 11 months held is compared with the same 11 months), previousUsd null when those months are not
     * held.
     */
    public record ProductYear(HsCode hsCode, BigDecimal valueUsd, @Nullable BigDecimal previousUsd) {
    }

    /** One state's trade in a year against the same months of the year before, for the map and for who to see. */
    public record StateChange(String state, BigDecimal valueUsd, @Nullable BigDecimal previousUsd, int months) {
    }

    /** The latest year with any month held, and how many of its months are held. */
    public record HeldYear(int year, int months) {
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

    /**
     * One state's trade of a flow with the partner by calendar year, oldest first; only years with at least one month
     * held. The months are those held for the flow with the partner (the answers stored), not the months the state has
     * rows in: an answer without a row for the state says the state traded nothing that month.
     */
    public List<StateYear> years(UsState state, CountryCode partner, Flow flow) {
        return store.years(state.usps(), partner, usFlow(flow));
    }

    /**
     * A state's products in a year, largest first (the top products; movers: sort by valueUsd − previousUsd), each with
     * the same months of the year before when all of them are held, else previousUsd null. The products are at the
     * coarsest HS level held in the months compared, so that a year held partly at HS6 and partly at HS4 does not show
     * one product twice. A product the state sold the year before and not this year is listed with 0.
     */
    public List<ProductYear> productsInYear(UsState state, CountryCode partner, Flow flow, int year) {
        Compared compared = compared(partner, usFlow(flow), year);
        if (compared.now().isEmpty()) {
            return List.of();
        }
        return store.productsInYear(state.usps(), partner, flow, compared.now(), compared.before(), compared.coarsest());
    }

    /**
     * Every state's trade of a flow with the partner in a year, largest first, of all products (an empty list) or of
     * only those named, against the same months of the year before (previousUsd null when any of them is not held).
     * Codes may be of any level: a code finer than the level held in a month is matched at that level's prefix (880240
     * counts 8802 when a month is held at HS4; {@link #detailShort} says so), a coarser one counts every held code it
     * prefixes, and a held code two asked codes both match (12 and 1201) is counted once. {@code XX} (trade Census
     * could not place in a state) is its own row.
     */
    public List<StateChange> yearOnYear(CountryCode partner, Flow flow, int year, List<HsCode> products) {
        Compared compared = compared(partner, usFlow(flow), year);
        if (compared.now().isEmpty()) {
            return List.of();
        }
        return store.yearOnYear(partner, flow, compared.now(), compared.before(), codes(products));
    }

    /**
     * Whether a product list asks finer detail than the state figures compared for the year hold (its months and the
     * same months of the year before when those are compared): the answer of {@link #yearOnYear} is then coarser than
     * asked.
     */
    public boolean detailShort(CountryCode partner, Flow flow, int year, List<HsCode> products) {
        Compared compared = compared(partner, usFlow(flow), year);
        int finest = products.stream().mapToInt(HsCode::level).max().orElse(0);
        return !compared.now().isEmpty() && finest > compared.coarsest();
    }

    /** The months held for a flow with a partner (first to last), empty when none. */
    public Optional<Period> held(CountryCode partner, Flow flow) {
        NavigableMap<YearMonth, Integer> months = store.levels(partner, usFlow(flow));
        return months.isEmpty() ? Optional.empty() : Optional.of(new Period(months.firstKey(), months.lastKey()));
    }

    /** The latest year with any month held, and how many of its months are held. */
    public Optional<HeldYear> latestYear(CountryCode partner, Flow flow) {
        NavigableMap<YearMonth, Integer> months = store.levels(partner, usFlow(flow));
        if (months.isEmpty()) {
            return Optional.empty();
        }
        int year = months.lastKey().getYear();
        return Optional.of(new HeldYear(year, months.subMap(YearMonth.of(year, 1), true, YearMonth.of(year, 12), true).size()));
    }

    /** Whether any state figure held for the partner is demonstration data: every page and brief then says "synthetic". */
    public boolean synthetic(CountryCode partner) {
        return store.synthetic(partner);
    }

    /**
     * The months of a year held and the same months of the year before, those only when every one of them is held (like
     * for like), and the coarsest HS level among all of them.
     */
    private Compared compared(CountryCode partner, Flow flow, int year) {
        NavigableMap<YearMonth, Integer> levels = store.levels(partner, flow);
        NavigableMap<YearMonth, Integer> now = levels.subMap(YearMonth.of(year, 1), true, YearMonth.of(year, 12), true);
        List<YearMonth> before = now.keySet().stream().map(m -> m.minusYears(1)).toList();
        boolean comparable = !now.isEmpty() && levels.keySet().containsAll(before);
        int coarsest = now.values().stream().mapToInt(Integer::intValue).min().orElse(6);
        if (comparable) {
            coarsest = Math.min(coarsest, before.stream().mapToInt(m -> levels.getOrDefault(m, 6)).min().orElse(6));
        }
        return new Compared(List.copyOf(now.keySet()), comparable ? before : null, coarsest);
    }

    /** @param before null when the year before is not held for every month of {@code now} */
    private record Compared(List<YearMonth> now, @Nullable List<YearMonth> before, int coarsest) {
    }

    private static List<String> codes(List<HsCode> products) {
        return products.stream().map(HsCode::digits).distinct().toList();
    }

    private static Flow usFlow(Flow flow) {
        if (flow != Flow.EXPORT && flow != Flow.IMPORT) {
            throw new InvalidInput("flow", Said.of("refusal.census.flow", flow.label()));
        }
        return flow;
    }
}
