package org.bilateral.policy;

import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bilateral.policy.measures.TariffAction;

/**
 * The additional rate on all of a partner's goods as a step function of the date: each row on all goods holds from its
 * date until the next; before the first there is no additional duty. Two rows of the same date: the later in the file
 * holds, as it was written to supersede.
 */
public final class RatePath {

    /** @param until the day the next step begins, null for the step in force today */
    public record Step(LocalDate from, @Nullable LocalDate until, BigDecimal percent, String instrument) {
    }

    private final List<Step> steps;

    private RatePath(List<Step> steps) {
        this.steps = steps;
    }

    static RatePath of(List<TariffAction> actions) {
        List<TariffAction> rates = actions.stream().filter(a -> a.kind() == TariffAction.Kind.ALL_GOODS)
                .sorted(Comparator.comparing(TariffAction::effective)).toList();
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < rates.size(); i++) {
            TariffAction a = rates.get(i);
            if (i + 1 < rates.size() && rates.get(i + 1).effective().equals(a.effective())) {
                continue;
            }
            LocalDate until = i + 1 < rates.size() ? rates.get(i + 1).effective() : null;
            steps.add(new Step(a.effective(), until, a.rate(), a.instrument()));
        }
        return new RatePath(List.copyOf(steps));
    }

    /**
     * The day a row's rate stopped being charged, or null while it is charged and for rows that charge no rate of their
     * own (rulings, announcements, lists not in the reference data). A rate on all goods ends at the next such row; a rate
     * on transshipped goods at the next such row, or on the day all goods went back to no additional duty, the instrument
     * that set both having ended (the 40% of EO 14326 with the IEEPA duties on 2026-02-20).
     */
    public static @Nullable LocalDate until(TariffAction action, List<TariffAction> history) {
        if (action.kind() != TariffAction.Kind.ALL_GOODS && action.kind() != TariffAction.Kind.TRANSSHIPPED_GOODS) {
            return null;
        }
        return history.stream().filter(a -> a.effective().isAfter(action.effective()))
                .filter(a -> a.kind() == action.kind()
                        || (action.kind() == TariffAction.Kind.TRANSSHIPPED_GOODS && a.kind() == TariffAction.Kind.ALL_GOODS
                                && a.rate().signum() == 0))
                .map(TariffAction::effective).min(Comparator.naturalOrder()).orElse(null);
    }

    public List<Step> steps() {
        return steps;
    }

    public BigDecimal on(LocalDate day) {
        BigDecimal rate = BigDecimal.ZERO;
        for (Step s : steps) {
            if (!s.from().isAfter(day)) {
                rate = s.percent();
            }
        }
        return rate;
    }

    /** The sum over the days from {@code from} (inclusive) to {@code until} (exclusive) of the rate of each day. */
    BigDecimal rateDays(LocalDate from, LocalDate until) {
        BigDecimal sum = BigDecimal.ZERO;
        LocalDate day = from;
        while (day.isBefore(until)) {
            LocalDate next = until;
            for (Step s : steps) {
                if (s.from().isAfter(day) && s.from().isBefore(next)) {
                    next = s.from();
                }
            }
            sum = sum.add(on(day).multiply(BigDecimal.valueOf(ChronoUnit.DAYS.between(day, next))));
            day = next;
        }
        return sum;
    }

    /** The rate averaged over the days of a period, to six decimals of a percent. */
    BigDecimal average(LocalDate from, LocalDate until) {
        return rateDays(from, until).divide(BigDecimal.valueOf(ChronoUnit.DAYS.between(from, until)), 6, RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
    }

    /**
     * The duty on a value traded evenly over the period's days at the rate of each day, to the cent: a month whose rate
     * changed on the 9th pays the old rate on 8 of its days.
     */
    BigDecimal duty(BigDecimal value, LocalDate from, LocalDate until) {
        return value.multiply(rateDays(from, until)).divide(BigDecimal.valueOf(100 * ChronoUnit.DAYS.between(from, until)), 2,
                RoundingMode.HALF_EVEN);
    }
}
