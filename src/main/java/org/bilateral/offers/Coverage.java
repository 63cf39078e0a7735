package org.bilateral.offers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.bilateral.tariffs.ProductScope;
import org.bilateral.tariffs.TariffLine;
import org.jspecify.annotations.Nullable;

/** Which lines of the schedule an offer covers, and the rate it offers on each in a year. */
final class Coverage {

    private Coverage() {
    }

    /** Whether a part's selection takes in a line, whatever its MFN (the ceiling is weighed apart). */
    static boolean selects(Selection selection, TariffLine line) {
        return switch (selection.scope()) {
            case CODES -> selection.codes().stream().anyMatch(c -> line.code().digits().startsWith(c.digits()));
            case AGRICULTURAL -> ProductScope.AGRICULTURAL.covers(line.code());
            case INDUSTRIAL -> ProductScope.INDUSTRIAL.covers(line.code());
        };
    }

    /** The phase years of an offer priced against a statistics year, in order. */
    static List<Integer> years(List<Part> parts, int statisticsYear) {
        TreeSet<Integer> years = new TreeSet<>();
        parts.forEach(p -> p.phases().forEach(f -> years.add(f.yearPriced(statisticsYear))));
        return new ArrayList<>(years);
    }

    /** The rate a part offers in a year: its latest phase begun by then; none before its first. */
    static @Nullable BigDecimal rateIn(Part part, int year, int statisticsYear) {
        BigDecimal rate = null;
        for (Phase f : part.phases()) {
            if (f.yearPriced(statisticsYear) <= year) {
                rate = f.ratePercent();
            }
        }
        return rate;
    }

    /**
     * The rate offered in a year on every priced line the offer covers, by the line's code: the part's rate, or the
     * line's MFN where that is already lower (it keeps its rate); where parts overlap, the lowest they offer.
     */
    static Map<String, BigDecimal> offered(List<Part> parts, List<TariffLine> lines, int year, int statisticsYear) {
        Map<String, BigDecimal> offered = new HashMap<>();
        for (Part part : parts) {
            BigDecimal rate = rateIn(part, year, statisticsYear);
            if (rate == null) {
                continue;
            }
            BigDecimal ceiling = part.selection().mfnAtOrBelowPercent();
            for (TariffLine line : lines) {
                BigDecimal mfn = line.mfnPercent();
                if (mfn != null && (ceiling == null || mfn.compareTo(ceiling) <= 0) && selects(part.selection(), line)) {
                    offered.merge(line.code().digits(), rate.min(mfn), BigDecimal::min);
                }
            }
        }
        return offered;
    }

    /** The lines without a numeric MFN that the offer's selections take in: their MFN is unknown, so a ceiling cannot leave them out. */
    static List<TariffLine> unpriced(List<Part> parts, List<TariffLine> lines) {
        return lines.stream().filter(l -> !l.priced()).filter(l -> parts.stream().anyMatch(p -> selects(p.selection(), l))).toList();
    }
}
