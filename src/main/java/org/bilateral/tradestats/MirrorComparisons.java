package org.bilateral.tradestats;

import static org.bilateral.tradestats.YearOnYear.zero;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.HsLevel;
import org.bilateral.tradestats.importing.TotalsState;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use case: the mirror comparison, each partner's statistics of the same trade side by side for one year. */
@Service
@Transactional(readOnly = true)
public class MirrorComparisons {

    private final MirrorStore store;
    private final SourcesStore sources;
    private final ProductLabels labels;
    private final TradeStatisticsProperties properties;
    private final TotalsState totals;
    private final StatisticsAnswers answers;

    MirrorComparisons(MirrorStore store, SourcesStore sources, ProductLabels labels, TradeStatisticsProperties properties,
                      TotalsState totals, StatisticsAnswers answers) {
        this.answers = answers;
        this.store = store;
        this.sources = sources;
        this.labels = labels;
        this.properties = properties;
        this.totals = totals;
    }

    /** The mirror asked, from memory when the same one was computed since the statistics last changed. */
    public Mirror mirror(MirrorRequest request) {
        totals.requireWhole();
        return answers.answer(request, Mirror.class, () -> computed(request));
    }

    private Mirror computed(MirrorRequest request) {
        LocalDate year = LocalDate.of(request.year(), 1, 1);
        Mirror.Direction aToB = direction(request.a(), request.b(), year, request.level(), request.top());
        Mirror.Direction bToA = direction(request.b(), request.a(), year, request.level(), request.top());
        List<Source> held = new ArrayList<>(sources.sources(request.a(), request.b()));
        held.addAll(sources.sources(request.b(), request.a()));
        boolean synthetic = sources.isSynthetic(request.a(), request.b(), request.year())
                || sources.isSynthetic(request.b(), request.a(), request.year());
        return new Mirror(request.a(), request.b(), request.year(), request.level(), properties.cifFobFactor(),
                properties.shippingLagMonths(), aToB, bToA, List.copyOf(held), synthetic);
    }

    private Mirror.Direction direction(CountryCode exporter, CountryCode importer, LocalDate year, HsLevel level, int top) {
        BigDecimal factor = properties.cifFobFactor();
        MirrorStore.Sides sides = store.sides(exporter, importer, year, level);
        Map<String, BigDecimal[]> byCode = sides.byCode();
        List<Mirror.NotComparable> apart = notComparable(exporter, importer, year, level, byCode);
        Map<String, BigDecimal> timing = timing(exporter, importer, year, level, properties.shippingLagMonths());
        String valuation = store.valuation(importer, exporter, "M", year);
        boolean cif = valuation.equals("CIF");
        List<Mirror.Line> lines = new ArrayList<>();
        BigDecimal totalExporter = BigDecimal.ZERO;
        BigDecimal totalImporter = BigDecimal.ZERO;
        BigDecimal totalTiming = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal[]> e : byCode.entrySet()) {
            BigDecimal x = zero(e.getValue()[0]);
            BigDecimal m = zero(e.getValue()[1]);
            BigDecimal t = timing == null ? BigDecimal.ZERO : timing.getOrDefault(e.getKey(), BigDecimal.ZERO);
            totalExporter = totalExporter.add(x);
            totalImporter = totalImporter.add(m);
            totalTiming = totalTiming.add(t);
            lines.add(GapSplit.line(e.getKey(), labels.label(level, e.getKey()), x, m, t, cif, factor));
        }
        lines.sort(Comparator.comparing((Mirror.Line l) -> l.gap().abs(), Comparator.reverseOrder())
                .thenComparing(Mirror.Line::code));
        if (lines.size() > top) {
            lines = new ArrayList<>(lines.subList(0, top));
        }
        Mirror.Line total = GapSplit.line("", apart.isEmpty() ? "All products" : "All comparable products", totalExporter,
                totalImporter, totalTiming, cif, factor);
        return new Mirror.Direction(exporter, importer, valuation, sides.months()[0], sides.months()[1], timing != null,
                // unmodifiable: the same record may be handed to many requests from memory (StatisticsAnswers)
                total, level == HsLevel.TOTAL ? List.of() : List.copyOf(lines), store.valuation(exporter, importer, "X", year),
                List.copyOf(apart));
    }

    /** What a side holds only coarser than the level asked, taken out of byCode (see {@link CoarseDetail}). */
    private List<Mirror.NotComparable> notComparable(CountryCode exporter, CountryCode importer, LocalDate year,
                                                     HsLevel level, Map<String, BigDecimal[]> byCode) {
        CoarseDetail coarse = new CoarseDetail(exporter, importer, labels::label, labels::sectorsUnder);
        if (level == HsLevel.HEADING || level == HsLevel.SUBHEADING) {
            return coarse.chapters(level, byCode, store.chaptersAndHeadings(exporter, importer, year));
        }
        if (level != HsLevel.SECTOR) {
            return List.of();
        }
        List<CoarseDetail.Group> groups = coarse.groups(byCode);
        return groups.isEmpty() ? List.of()
                : coarse.sectors(groups, byCode, store.chaptersAndHeadings(exporter, importer, year));
    }

    /**
     * What the shipping lag moves across the year boundary, by product: the exporter's last {@code lag} months of the
     * year before arrive in this year, this year's last months arrive in the next. Null when the exporter's monthly
     * statistics do not cover those months.
     */
    private @Nullable Map<String, BigDecimal> timing(CountryCode exporter, CountryCode importer, LocalDate year,
                                                     HsLevel level, int lag) {
        if (lag == 0) {
            return null;
        }
        LocalDate lastBefore = year.minusMonths(lag);
        LocalDate lastThis = year.plusYears(1).minusMonths(lag);
        if (store.monthsHeld(exporter, importer, lastBefore, year, lastThis) < 2 * lag) {
            return null;
        }
        return store.shift(exporter, importer, year, level, lastBefore, lastThis);
    }
}
