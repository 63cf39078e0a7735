package org.bilateral.policy;

import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bilateral.policy.measures.Measures;
import org.bilateral.policy.measures.TariffAction;
import org.bilateral.shared.CountryCode;
import org.springframework.stereotype.Service;

/**
 * What goods found transshipped through a hub pay beyond the hub's own goods, from the dated tariff history: a small
 * published query for the risk screen, which prices the trade it flags without reading the policy's files itself.
 */
@Service
public class TransshipmentPremium {

    /**
     * The rates of a rate on transshipped goods: from when, until when (null while in force), on the hub's own goods and
     * on goods found transshipped through it.
     */
    public record Rates(LocalDate from, @Nullable LocalDate until, BigDecimal allGoodsPercent, BigDecimal transshippedPercent, String instrument) {

        /** The points of duty that a finding of transshipment adds. */
        public BigDecimal premiumPercent() {
            return transshippedPercent.subtract(allGoodsPercent).max(BigDecimal.ZERO);
        }
    }

    private final Measures measures;

    TransshipmentPremium(Measures measures) {
        this.measures = measures;
    }

    /**
     * The latest rate on transshipped goods set on or before a day, with the rate on all goods it stood beside; its
     * {@code until} says when it lapsed, with the duties of the instrument that set it (all goods back to no additional
     * duty). Empty when the reference data holds no dated history for the hub, or no such rate.
     */
    public Optional<Rates> latest(CountryCode hub, LocalDate day) {
        if (!Measures.covers(hub)) {
            return Optional.empty();
        }
        List<TariffAction> history = measures.tariffHistory(hub);
        RatePath path = RatePath.of(history);
        return history.stream().filter(a -> a.kind() == TariffAction.Kind.TRANSSHIPPED_GOODS && !a.effective().isAfter(day))
                .max(Comparator.comparing(TariffAction::effective))
                .map(a -> new Rates(a.effective(), RatePath.until(a, history), path.on(a.effective()), a.rate(), a.instrument()));
    }
}
