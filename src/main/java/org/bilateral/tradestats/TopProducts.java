package org.bilateral.tradestats;

import static org.bilateral.tradestats.YearOnYear.zero;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bilateral.shared.Granularity;
import org.bilateral.shared.Period;
import org.bilateral.tradestats.importing.TotalsState;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use case: the largest products of a year and the biggest movers against the same months a year earlier. */
@Service
@Transactional(readOnly = true)
public class TopProducts {

    private final BalanceStore store;
    private final SourcesStore sources;
    private final ProductLabels labels;
    private final TotalsState totals;
    private final StatisticsAnswers answers;

    TopProducts(BalanceStore store, SourcesStore sources, ProductLabels labels, TotalsState totals, StatisticsAnswers answers) {
        this.answers = answers;
        this.store = store;
        this.sources = sources;
        this.labels = labels;
        this.totals = totals;
    }

    /** The products asked, from memory when the same ones were computed since the statistics last changed. */
    public Products products(ProductsRequest request) {
        totals.requireWhole();
        return answers.answer(request, Products.class, () -> computed(request));
    }

    private Products computed(ProductsRequest request) {
        HeldMonths held = store.held(request.reporter(), request.partner());
        Integer asked = request.year();
        Integer year = asked != null ? asked : held.latestYear().orElse(null);
        if (year == null) {
            return new Products(request.reporter(), request.partner(), request.level(), 0, 0, List.of(), List.of(), false,
                    null, false, null, null);
        }
        boolean synthetic = sources.isSynthetic(request.reporter(), request.partner(), year);
        Period span = Period.year(year);
        Cover cover = held.cover(span, true);
        if (cover == null) {
            return new Products(request.reporter(), request.partner(), request.level(), year, 0, List.of(), List.of(),
                    synthetic, null, false, year.toString(), null);
        }
        // Only the months both flows hold, against the same months a year earlier; a whole year reads the year totals,
        // a twelfth of the rows.
        Bucket bucket = new Bucket(Granularity.YEAR, span, cover);
        Earlier earlier = held.earlier(Granularity.YEAR, bucket);
        Amounts amounts = new Amounts();
        store.read(amounts, cover.readYear() ? "Y" : "M", request.reporter(), request.partner(), request.level(),
                LocalDate.of(year - 1, 1, 1), LocalDate.of(year, 12, 31), null, null);
        List<Products.Product> all = products(request, amounts, cover, span, earlier);
        List<Products.Product> top = all.stream()
                .sorted(Comparator.comparing((Products.Product p) -> p.exports().add(p.imports()), Comparator.reverseOrder()))
                .limit(request.top()).toList();
        // Without the same months a year earlier there is nothing to rank movers by: none, and the reason why.
        List<Products.Product> movers = earlier.cover() == null ? List.of() : all.stream()
                .sorted(Comparator.comparing((Products.Product p) -> changeOf(p).abs(), Comparator.reverseOrder()))
                .limit(request.top()).toList();
        return new Products(request.reporter(), request.partner(), request.level(), year, cover.months().size(), top,
                movers, synthetic, cover.held(), bucket.partial(), bucket.shown(), earlier.blank());
    }

    private static BigDecimal changeOf(Products.Product p) {
        BigDecimal change = p.tradeChange();
        return change == null ? BigDecimal.ZERO : change;
    }

    /** Every product's trade over the months held, and over the same months a year earlier when they are held. */
    private List<Products.Product> products(ProductsRequest request, Amounts amounts, Cover cover, Period span,
                                            Earlier earlier) {
        Cover before = earlier.cover();
        List<Products.Product> all = new ArrayList<>();
        for (String code : amounts.codes()) {
            BigDecimal[] now = amounts.sum(code, cover, span);
            BigDecimal[] then = before == null ? null : amounts.sum(code, before, span.yearEarlier());
            if (now == null && then == null) {
                continue;
            }
            BigDecimal exports = now == null ? BigDecimal.ZERO : zero(now[0]);
            BigDecimal imports = now == null ? BigDecimal.ZERO : zero(now[1]);
            BigDecimal exportsBefore = before == null ? null : then == null ? BigDecimal.ZERO : zero(then[0]);
            BigDecimal importsBefore = before == null ? null : then == null ? BigDecimal.ZERO : zero(then[1]);
            BigDecimal change = exportsBefore == null || importsBefore == null ? null
                    : exports.add(imports).subtract(exportsBefore.add(importsBefore));
            all.add(new Products.Product(code, labels.label(request.level(), code), exports, imports, exportsBefore,
                    importsBefore, change));
        }
        return all;
    }
}
