package org.bilateral.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.HashMap;
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

    /** The latest month a pair holds, when it was imported, and each watched product's value then and a year earlier. */
    private record PairMonth(YearMonth month, ProductFlows.MonthHeld held, Map<ProductFlows.Product, BigDecimal> now,
                             Map<ProductFlows.Product, BigDecimal> then) {
    }

    @Override
    public List<Change> since(Instant since) {
        List<WatchStore.Row> rows = watched.list();
        // the watch list's products mostly share one pair (the destination's imports from the hub): its latest month and
        // values are asked once for all of them, not once a product
        Map<List<CountryCode>, Optional<PairMonth>> pairs = new HashMap<>();
        List<Change> changes = new ArrayList<>();
        for (WatchStore.Row w : rows) {
            CountryCode reporter = w.triangle().destination();
            CountryCode partner = w.triangle().hub();
            Optional<PairMonth> pair = pairs.computeIfAbsent(List.of(reporter, partner), k -> pairMonth(reporter, partner, rows));
            if (pair.isEmpty() || !pair.get().held().importedAt().isAfter(since)) {
                continue;
            }
            YearMonth month = pair.get().month();
            HsCode code = HsCode.of(w.code());
            ProductFlows.Product product = product(code);
            BigDecimal now = pair.get().now().get(product);
            BigDecimal then = pair.get().then().get(product);
            if (now == null || then == null || then.signum() == 0) {
                continue;
            }
            BigDecimal movement = now.subtract(then).divide(then, 4, RoundingMode.HALF_EVEN);
            Said line = Said.of(movement.signum() >= 0 ? "since.watched.up" : "since.watched.down", code.digits(),
                    reporter.value(), partner.value(), ChangeWords.month(month), ChangeWords.usd(now), ChangeWords.percent(movement),
                    ChangeWords.month(month.minusYears(1)), ChangeWords.usd(then));
            String href = "/risk/products/" + code.digits() + "?origin=" + w.triangle().origin().value() + "&hub=" + partner.value()
                    + "&destination=" + reporter.value();
            changes.add(new Change(Kind.WATCHED_PRODUCT, pair.get().held().importedAt(), line, href, code, movement,
                    code.digits() + (w.note() == null ? "" : " " + w.note()), pair.get().held().synthetic()));
        }
        return changes;
    }

    private static ProductFlows.Product product(HsCode code) {
        return new ProductFlows.Product(code.hsLevel(), code.digits());
    }

    /** The pair's latest month of imports and the values of every product watched on the pair, in one question. */
    private Optional<PairMonth> pairMonth(CountryCode reporter, CountryCode partner, List<WatchStore.Row> rows) {
        Optional<YearMonth> latest = flows.latestMonth(reporter, partner, Flow.IMPORT);
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        YearMonth month = latest.get();
        Optional<ProductFlows.MonthHeld> held = flows.monthHeld(reporter, partner, Flow.IMPORT, month);
        if (held.isEmpty()) {
            return Optional.empty();
        }
        Set<ProductFlows.Product> products = new LinkedHashSet<>();
        rows.stream().filter(r -> r.triangle().destination().equals(reporter) && r.triangle().hub().equals(partner))
                .forEach(r -> products.add(product(HsCode.of(r.code()))));
        Map<ProductFlows.Product, BigDecimal> now = new HashMap<>();
        Map<ProductFlows.Product, BigDecimal> then = new HashMap<>();
        for (ProductFlows.Value v : flows.values(reporter, partner, Flow.IMPORT, products, month.getYear() - 1, month.getYear())) {
            if (v.product() == null || !v.month()) {
                continue;
            }
            if (v.period().equals(month)) {
                now.put(v.product(), v.valueUsd());
            } else if (v.period().equals(month.minusYears(1))) {
                then.put(v.product(), v.valueUsd());
            }
        }
        return Optional.of(new PairMonth(month, held.get(), now, then));
    }
}
