package org.bilateral.policy;

import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.List;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Period;
import org.bilateral.shared.Said;

/**
 * What is at stake in one topic for a partner.
 *
 * @param year       the year the figures are for; null for the latest the statistics hold whole
 * @param comparison the country the partner's export-control treatment is set beside; null for China, or Vietnam when the partner is China
 */
public record StakesRequest(CountryCode partner, PolicyTopic topic, @Nullable Integer year, CountryCode comparison) {

    /** The topics whose stakes are computed from the reference data and statistics. */
    public static final List<PolicyTopic> TOPICS = List.of(PolicyTopic.MARKET_ECONOMY_STATUS, PolicyTopic.EXPORT_CONTROLS,
            PolicyTopic.TARIFFS);

    /**
     * The comparison countries taken when none is named, in order: China, the country whose export-control treatment
     * the talks set Vietnam's beside; and for China itself Vietnam, the side this workbench is for, so that China's
     * treatment is read beside ours. Both rows are in the Country Chart excerpt.
     */
    public static final List<CountryCode> DEFAULT_COMPARISONS = List.of(CountryCode.of("CN"), CountryCode.of("VN"));

    /** A request whose comparison, when none is named, is the first of {@link #DEFAULT_COMPARISONS} that is not the partner. */
    public static StakesRequest of(CountryCode partner, PolicyTopic topic, @Nullable Integer year, @Nullable CountryCode comparison) {
        return new StakesRequest(partner, topic, year, comparison == null ? defaultComparison(partner) : comparison);
    }

    private static CountryCode defaultComparison(CountryCode partner) {
        return DEFAULT_COMPARISONS.stream().filter(c -> !c.equals(partner)).findFirst().orElseThrow();
    }

    public StakesRequest {
        List<InputProblem> problems = new ArrayList<>();
        if (partner == null) {
            problems.add(InputProblem.from(Said.of("refusal.where.stakes"), null, "partner", Said.of("refusal.policy.namePartner")));
        }
        if (topic == null || !TOPICS.contains(topic)) {
            problems.add(InputProblem.from(Said.of("refusal.where.stakes"), null, "topic", Said.of("refusal.policy.stakesTopics",
                    topic == null ? Said.of("refusal.policy.noTopic") : Said.asWritten(topic.code()))));
        }
        if (year != null && !Period.withinYears(year)) {
            problems.add(InputProblem.from(Said.of("refusal.where.stakes"), null, "year", Said.of("refusal.policy.notAYearOf", String.valueOf(year),
                    String.valueOf(Period.FIRST_YEAR), String.valueOf(Period.LAST_YEAR))));
        }
        if (comparison == null) {
            // the first of DEFAULT_COMPARISONS that is not the partner: a partner that is itself the usual comparison is
            // set beside the next one rather than refused; only a comparison the user names can equal the partner
            comparison = defaultComparison(partner);
        }
        if (comparison.equals(partner)) {
            problems.add(InputProblem.from(Said.of("refusal.where.stakes"), null, "comparison", Said.of("refusal.policy.compareOther")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
