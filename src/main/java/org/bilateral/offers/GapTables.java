package org.bilateral.offers;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.bilateral.shared.Cell;
import org.bilateral.shared.Table;

/**
 * The preference gap as one table, for the downloads (CSV, XLSX): a row a product, largest duty disadvantage first, rates
 * in percent as the schedule prints them, amounts in US dollars; synthetic figures say so in the title and each row.
 */
public final class GapTables {

    static final List<String> HEADER = List.of("rank", "product", "imports from US (USD)", "MFN average (%)", "MFN lowest (%)",
            "MFN highest (%)", "best preference (%)", "margin (points)", "duty disadvantage (USD)", "agreements",
            "favoured partners", "favoured partners' imports (USD)", "lines", "unpriced lines");

    private GapTables() {
    }

    /** A rate or margin without the zeros its four places add ("9", "2.5"): the same number, as the schedule prints it. */
    private static java.math.BigDecimal plain(java.math.BigDecimal value) {
        java.math.BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public static Table of(PreferenceGap gap) {
        List<List<Cell>> rows = new ArrayList<>();
        int rank = 0;
        for (GapLine l : gap.lines()) {
            rows.add(new ArrayList<>(List.of(Cell.count(++rank), Cell.text(l.code().digits()), Cell.money(l.importsFromUsUsd()),
                    Cell.rate(plain(l.mfnAveragePercent())), Cell.rate(plain(l.mfnMinPercent())), Cell.rate(plain(l.mfnMaxPercent())),
                    l.bestPreferencePercent() == null ? Cell.text("") : Cell.rate(plain(l.bestPreferencePercent())),
                    Cell.number(plain(l.marginPoints())), Cell.money(l.dutyDisadvantageUsd()),
                    Cell.text(l.agreements().stream().map(a -> a.column().toUpperCase(java.util.Locale.ROOT)).collect(Collectors.joining(" "))),
                    Cell.text(l.favouredPartners().stream().map(c -> c.value()).sorted().collect(Collectors.joining(" "))),
                    l.favouredImportsUsd() == null ? Cell.text("") : Cell.money(l.favouredImportsUsd()),
                    Cell.count(l.lines()), Cell.count(l.linesUnpriced()))));
        }
        return new Table("Preference gap " + gap.year() + ", schedule in force from " + gap.schedule().inForceFrom()
                + ": the duty US goods pay above competitors favoured by an agreement", HEADER, rows).markedSynthetic(gap.synthetic());
    }
}
