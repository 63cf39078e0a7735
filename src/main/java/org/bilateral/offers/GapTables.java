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

    public static Table of(PreferenceGap gap) {
        List<List<Cell>> rows = new ArrayList<>();
        int rank = 0;
        for (GapLine l : gap.lines()) {
            rows.add(new ArrayList<>(List.of(Cell.count(++rank), Cell.text(l.code().digits()), Cell.money(l.importsFromUsUsd()),
                    Cell.rate(l.mfnAveragePercent()), Cell.rate(l.mfnMinPercent()), Cell.rate(l.mfnMaxPercent()),
                    l.bestPreferencePercent() == null ? Cell.text("") : Cell.rate(l.bestPreferencePercent()),
                    Cell.number(l.marginPoints()), Cell.money(l.dutyDisadvantageUsd()),
                    Cell.text(l.agreements().stream().map(a -> a.column().toUpperCase(java.util.Locale.ROOT)).collect(Collectors.joining(" "))),
                    Cell.text(l.favouredPartners().stream().map(c -> c.value()).sorted().collect(Collectors.joining(" "))),
                    l.favouredImportsUsd() == null ? Cell.text("") : Cell.money(l.favouredImportsUsd()),
                    Cell.count(l.lines()), Cell.count(l.linesUnpriced()))));
        }
        return new Table("Preference gap " + gap.year() + ", schedule in force from " + gap.schedule().inForceFrom()
                + ": the duty US goods pay above competitors favoured by an agreement", HEADER, rows).markedSynthetic(gap.synthetic());
    }
}
