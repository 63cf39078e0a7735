package org.bilateral.policy;

import java.util.List;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Provenance;

/**
 * What the export-control asks are about: the country groups the partner is in and who shares them, the Country
 * Chart's reasons for control marked for it beside a comparison country, and the exporting side's exports to it in the
 * HS codes screened as dual use, by year and category.
 *
 * @param chart empty when the partner is not in the chart excerpt
 */
public record ExportControlStakes(CountryCode exporter, CountryCode partner, CountryCode comparison, String groupsAsOf,
                                  List<Group> groups, List<String> comparisonGroups, List<Reason> chart, boolean comparisonCharted,
                                  List<Integer> years, List<Category> exports, List<YearFigure> total, String caveat,
                                  Provenance provenance) implements TopicStakes {

    /** A group the partner is in, with the other countries in it. */
    public record Group(String group, String label, boolean comparisonIn, List<CountryCode> sharedWith) {
    }

    /** A reason for control: whether a licence is required for it to the partner, and to the comparison country. */
    public record Reason(String reason, boolean partner, boolean comparison) {
    }

    /** One category of the dual-use list with the exports in its codes. */
    public record Category(String category, List<String> codes, List<YearFigure> years) {
    }
}
