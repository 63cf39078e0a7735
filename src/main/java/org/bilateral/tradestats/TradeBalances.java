package org.bilateral.tradestats;

import static org.bilateral.tradestats.YearOnYear.change;
import static org.bilateral.tradestats.YearOnYear.zero;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Granularity;
import org.bilateral.tradestats.importing.TotalsState;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case: the bilateral balance as the reporter's own statistics show it, period by period and product by product,
 * each period against the same months a year earlier; and the latest year they hold whole.
 */
@Service
@Transactional(readOnly = true)
public class TradeBalances {

    private final BalanceStore store;
    private final SourcesStore sources;
    private final PublishedFigures published;
    private final ProductLabels labels;
    private final TotalsState totals;
    private final StatisticsAnswers answers;

    TradeBalances(BalanceStore store, SourcesStore sources, PublishedFigures published, ProductLabels labels,
                  TotalsState totals, StatisticsAnswers answers) {
        this.answers = answers;
        this.store = store;
        this.sources = sources;
        this.published = published;
        this.labels = labels;
        this.totals = totals;
    }

    /** The balance asked, from memory when the same one was computed since the statistics last changed. */
    public Balance balance(BalanceRequest request) {
        totals.requireWhole();
        return answers.answer(request, Balance.class, () -> computed(request));
    }

    private Balance computed(BalanceRequest request) {
        LocalDate from = request.fromYear() == null ? LocalDate.of(1900, 1, 1) : LocalDate.of(request.fromYear() - 1, 1, 1);
        LocalDate to = request.toYear() == null ? LocalDate.of(2999, 12, 31) : LocalDate.of(request.toYear(), 12, 31);
        HeldMonths held = store.held(request.reporter(), request.partner());
        Granularity by = request.by();
        // Year to date runs to the latest month both flows hold: exports to June beside imports to August is January–June.
        int ytdMonth = by == Granularity.YTD ? held.latestCommon().map(YearMonth::getMonthValue).orElse(12) : 12;
        List<Bucket> buckets = held.buckets(by, ytdMonth, from, to);
        Amounts figures = read(request, buckets, from, to);
        Map<Integer, YearProvenance> provenance = sources.provenanceByYear(request.reporter(), request.partner());
        int firstYear = request.fromYear() == null ? Integer.MIN_VALUE : request.fromYear();
        List<Balance.Row> rows = new ArrayList<>();
        for (Bucket b : buckets) {
            // a year before the first shown is fetched only as the year-earlier comparison of the first year shown
            if (b.span().first().getYear() >= firstYear) {
                rows.addAll(rows(request, figures, b, held.earlier(by, b), provenance));
            }
        }
        rows.sort(Comparator.comparing(Balance.Row::period)
                .thenComparing(r -> r.exports().add(r.imports()), Comparator.reverseOrder())
                .thenComparing(Balance.Row::code));
        boolean synthetic = rows.stream().anyMatch(Balance.Row::synthetic);
        // unmodifiable: the same record may be handed to many requests from memory (StatisticsAnswers)
        return new Balance(request.reporter(), request.partner(), request.by(), request.level(), List.copyOf(rows),
                List.copyOf(sources.sources(request.reporter(), request.partner())), synthetic,
                List.copyOf(published.published(request.reporter(), request.partner())));
    }

    /**
     * A whole year is read from the year's totals, a twelfth of the rows; a partial one, and the same months a year
     * earlier, month by month.
     */
    private Amounts read(BalanceRequest request, List<Bucket> buckets, LocalDate from, LocalDate to) {
        List<String> codes = request.productLimit().isEmpty() ? null
                : store.largestCodes(request.reporter(), request.partner(), request.level(), from, to,
                        request.productLimit().getAsInt());
        Set<Integer> monthlyYears = new TreeSet<>();
        for (Bucket b : buckets) {
            if (request.by() != Granularity.YEAR || !b.cover().readYear()) {
                monthlyYears.add(b.span().first().getYear());
                monthlyYears.add(b.span().first().getYear() - 1);
            }
        }
        Amounts figures = new Amounts();
        if (request.by() == Granularity.YEAR) {
            store.read(figures, "Y", request.reporter(), request.partner(), request.level(), from, to, null, codes);
        }
        if (!monthlyYears.isEmpty()) {
            store.read(figures, "M", request.reporter(), request.partner(), request.level(), from, to, monthlyYears, codes);
        }
        return figures;
    }

    /** One period's rows, a product each, with the same months a year earlier where they are like for like. */
    private List<Balance.Row> rows(BalanceRequest request, Amounts figures, Bucket b, Earlier earlier,
                                   Map<Integer, YearProvenance> provenance) {
        YearProvenance source = provenance.getOrDefault(b.span().first().getYear(), YearProvenance.NONE);
        Cover before = earlier.cover();
        List<Balance.Row> rows = new ArrayList<>();
        for (String code : figures.codes()) {
            BigDecimal[] now = figures.sum(code, b.cover(), b.span());
            if (now == null) {
                continue;
            }
            BigDecimal[] then = before == null ? null : figures.sum(code, before, b.span().yearEarlier());
            BigDecimal exports = zero(now[0]);
            BigDecimal imports = zero(now[1]);
            BigDecimal exportsBefore = then == null ? null : zero(then[0]);
            BigDecimal importsBefore = then == null ? null : zero(then[1]);
            rows.add(new Balance.Row(b.period(), code, labels.label(request.level(), code), exports, imports,
                    exports.subtract(imports), exportsBefore, importsBefore, difference(exportsBefore, importsBefore),
                    exportsBefore == null ? null : change(exports, exportsBefore),
                    importsBefore == null ? null : change(imports, importsBefore),
                    b.cover().months().size(), source.datasets(), source.synthetic(), b.cover().held(), b.partial(),
                    b.shown(), earlier.blank()));
        }
        return rows;
    }

    private static @Nullable BigDecimal difference(@Nullable BigDecimal exports, @Nullable BigDecimal imports) {
        return exports == null || imports == null ? null : exports.subtract(imports);
    }

    /**
     * The latest year the reporter's statistics on the partner cover in full (twelve months of both flows that have
     * any), else the latest year they cover at all; empty without statistics.
     */
    public Optional<Integer> latestFullYear(CountryCode reporter, CountryCode partner) {
        return store.latestFullYear(reporter, partner);
    }
}
