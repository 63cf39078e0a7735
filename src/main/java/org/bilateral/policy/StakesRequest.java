package org.bilateral.policy;

import java.util.ArrayList;
import java.util.List;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Period;

/**
 * What is at stake in one topic for a partner.
 *
 * @param year       the year the figures are for; null for the latest the statistics hold whole
 * @param comparison the country the partner's export-control treatment is set beside; null for China
 */
public record StakesRequest(CountryCode partner, PolicyTopic topic, Integer year, CountryCode comparison) {

    /** The topics whose stakes are computed from the reference data and statistics. */
    public static final List<PolicyTopic> TOPICS = List.of(PolicyTopic.MARKET_ECONOMY_STATUS, PolicyTopic.EXPORT_CONTROLS,
            PolicyTopic.TARIFFS);

    public StakesRequest {
        List<InputProblem> problems = new ArrayList<>();
        if (partner == null) {
            problems.add(new InputProblem("stakes", null, "partner", "name the partner, e.g. VN"));
        }
        if (topic == null || !TOPICS.contains(topic)) {
            problems.add(new InputProblem("stakes", null, "topic", (topic == null ? "no topic" : topic.code())
                    + ": stakes are computed for market_economy_status, export_controls and tariffs"));
        }
        if (year != null && !Period.withinYears(year)) {
            problems.add(new InputProblem("stakes", null, "year", year + " is not a year " + Period.YEARS));
        }
        comparison = comparison == null ? CountryCode.of("CN") : comparison;
        if (comparison.equals(partner)) {
            problems.add(new InputProblem("stakes", null, "comparison", "compare the partner with another country"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
