package org.bilateral.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bilateral.policy.measures.CountryChartRow;
import org.bilateral.policy.measures.DualUseCode;
import org.bilateral.policy.measures.ExportControlGroups;
import org.bilateral.policy.measures.Measures;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.bilateral.tradestats.ProductFlows;
import org.springframework.stereotype.Component;

/** What the export-control asks are about: the partner's groups, its Country Chart row and the dual-use exports to it. */
@Component
class ExportControlsAtStake {

    private final Measures measures;
    private final StakesFigures figures;

    ExportControlsAtStake(Measures measures, StakesFigures figures) {
        this.measures = measures;
        this.figures = figures;
    }

    ExportControlStakes of(StakesRequest request) {
        CountryCode exporter = Measures.UNITED_STATES;
        CountryCode partner = request.partner();
        CountryCode comparison = request.comparison();
        ExportControlGroups groups = measures.countryGroups();
        List<String> comparisonGroups = groups.groupsOf(comparison);
        List<ExportControlStakes.Group> in = new ArrayList<>();
        for (String g : groups.groupsOf(partner)) {
            in.add(new ExportControlStakes.Group(g, groups.labels().getOrDefault(g, g), comparisonGroups.contains(g),
                    groups.members(g).stream().filter(c -> !c.equals(partner)).toList()));
        }
        List<CountryChartRow> chart = measures.countryChart();
        CountryChartRow partnerRow = chart.stream().filter(r -> r.country().equals(partner)).findFirst().orElse(null);
        CountryChartRow comparisonRow = chart.stream().filter(r -> r.country().equals(comparison)).findFirst().orElse(null);
        List<ExportControlStakes.Reason> reasons = new ArrayList<>();
        if (partnerRow != null) {
            Set<String> columns = new LinkedHashSet<>(CountryChartRow.COLUMNS);
            chart.forEach(r -> columns.addAll(r.reasons()));
            for (String column : columns) {
                boolean p = partnerRow.reasons().contains(column);
                boolean c = comparisonRow != null && comparisonRow.reasons().contains(column);
                if (p || c) {
                    reasons.add(new ExportControlStakes.Reason(column, p, c));
                }
            }
        }
        List<DualUseCode> dualUse = measures.dualUseCodes();
        Map<String, List<String>> byCategory = new LinkedHashMap<>();
        dualUse.forEach(d -> byCategory.computeIfAbsent(d.category(), k -> new ArrayList<>()).add(d.hs6()));
        Set<String> allCodes = new TreeSet<>();
        dualUse.forEach(d -> allCodes.add(d.hs6()));
        Integer year = figures.year(request.year(), exporter, partner);
        Map<String, Map<Integer, ProductFlows.CodeYear>> byCode = year == null ? Map.of()
                : figures.byCode(exporter, partner, Flow.EXPORT, allCodes, year);
        List<Integer> years = StakesFigures.years(byCode);
        List<ExportControlStakes.Category> categories = new ArrayList<>();
        byCategory.forEach((category, codes) -> categories.add(new ExportControlStakes.Category(category, codes,
                StakesFigures.figures(new TreeSet<>(codes), years, byCode))));
        String caveat = "The HS list is partial: Common High Priority List tiers and chemical-weapons schedules only, no HS-to-ECCN "
                + "concordance (no 3A090 chips, 5A002 cryptography, 2B001 machine tools). An HS subheading is always broader or "
                + "narrower than a control entry: for screening, never classification.";
        List<String> leavesOut = new ArrayList<>(List.of(caveat,
                // the groups' file is named among the sources: the note says only its date, one phrase a page says in its language
                "Country groups are as of " + groups.asOf() + "; their reading of the file is known to be incomplete for a few countries."));
        if (partnerRow == null) {
            leavesOut.add(partner.value() + " is not in the Country Chart excerpt (" + chart.size() + " countries).");
        } else if (comparisonRow == null) {
            leavesOut.add(comparison.value() + " is not in the Country Chart excerpt (" + chart.size() + " countries): its column is empty.");
        }
        if (year == null) {
            leavesOut.add("No " + exporter.value() + " export statistics to " + partner.value() + " are imported.");
        }
        return new ExportControlStakes(exporter, partner, comparison, groups.asOf(), in, comparisonGroups, reasons,
                comparisonRow != null, years, categories, StakesFigures.figures(allCodes, years, byCode), caveat,
                figures.provenance(exporter, partner, years, List.of(measures.source(Measures.COUNTRY_GROUPS),
                        measures.source(Measures.COUNTRY_CHART), measures.source(Measures.DUAL_USE)), leavesOut));
    }

}
