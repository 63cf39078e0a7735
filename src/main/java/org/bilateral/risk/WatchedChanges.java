package org.bilateral.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bilateral.shared.ChangeWords;
import org.bilateral.shared.Changes;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.Said;
import org.bilateral.tradestats.ProductFlows;
import org.springframework.stereotype.Component;

/**
 * The watch list's part of "what changed": each watched product whose destination's imports from the hub in the latest
 * month held (a month imported since the moment) moved against the same month a year earlier. The movement is the change
 * as a fraction, which the first page and the alerts compare with their threshold. A product the month's statistics do
 * not reach (a subheading in figures by heading), or with no imports a year earlier, has no movement and is not listed.
 */
@Component
class WatchedChanges implements Changes {

    private final WatchStore watched;
    private final ProductFlows flows;

    WatchedChanges(WatchStore watched, ProductFlows flows) {
        this.watched = watched;
        this.flows = flows;
    }

    @Override
    public List<Change> since(Instant since) {
        List<Change> changes = new ArrayList<>();
        for (WatchStore.Row w : watched.list()) {
            CountryCode reporter = w.triangle().destination();
            CountryCode partner = w.triangle().hub();
            Optional<YearMonth> latest = flows.latestMonth(reporter, partner, Flow.IMPORT);
            if (latest.isEmpty()) {
                continue;
            }
            YearMonth month = latest.get();
            Optional<ProductFlows.MonthHeld> held = flows.monthHeld(reporter, partner, Flow.IMPORT, month);
            if (held.isEmpty() || !held.get().importedAt().isAfter(since)) {
                continue;
            }
            HsCode code = HsCode.of(w.code());
            ProductFlows.Product product = new ProductFlows.Product(code.hsLevel(), code.digits());
            BigDecimal now = null;
            BigDecimal then = null;
            for (ProductFlows.Value v : flows.values(reporter, partner, Flow.IMPORT, List.of(product), month.getYear() - 1, month.getYear())) {
                if (v.month() && v.period().equals(month)) {
                    now = v.valueUsd();
                } else if (v.month() && v.period().equals(month.minusYears(1))) {
                    then = v.valueUsd();
                }
            }
            if (now == null || then == null || then.signum() == 0) {
                continue;
            }
            BigDecimal movement = now.subtract(then).divide(then, 4, RoundingMode.HALF_EVEN);
            Said line = Said.of(movement.signum() >= 0 ? "since.watched.up" : "since.watched.down", code.digits(),
                    reporter.value(), partner.value(), ChangeWords.month(month), ChangeWords.usd(now), ChangeWords.percent(movement),
                    ChangeWords.month(month.minusYears(1)), ChangeWords.usd(then));
            String href = "/risk/products/" + code.digits() + "?origin=" + w.triangle().origin().value() + "&hub=" + partner.value()
                    + "&destination=" + reporter.value();
            changes.add(new Change(Kind.WATCHED_PRODUCT, held.get().importedAt(), line, href, code, movement,
                    code.digits() + (w.note() == null ? "" : " " + w.note()), held.get().synthetic()));
        }
        return changes;
    }
}
