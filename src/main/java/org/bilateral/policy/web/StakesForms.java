package org.bilateral.policy.web;

import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.bilateral.policy.PolicyTimeline;
import org.bilateral.policy.PolicyTopic;
import org.bilateral.policy.StakesRequest;
import org.bilateral.policy.WhatIf;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.HsLevel;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Limits;
import org.bilateral.shared.Said;

/**
 * The stakes, the what-if and the timeline as the pages' and the API's query parameters give them: text, checked by
 * field when it becomes a request. The partner defaults to Vietnam, the first users' partner.
 */
final class StakesForms {

    static final String DEFAULT_PARTNER = "VN";

    private StakesForms() {
    }

    /** One topic's stakes; the topic defaults to tariffs. */
    record StakesForm(@Nullable String partner, @Nullable String topic, @Nullable String year, @Nullable String comparison) {

        StakesRequest request() {
            return StakesRequest.of(partnerOf(partner), topic == null || topic.isBlank() ? PolicyTopic.TARIFFS
                    : InvalidInput.field("topic", () -> PolicyTopic.parse(topic)), yearOf(year), InvalidInput.country(comparison, "comparison"));
        }
    }

    /** A what-if: HS codes at zero separated by spaces or commas. */
    record WhatIfForm(@Nullable String partner, @Nullable String rate, @Nullable String zero, @Nullable String year,
                      @Nullable String on, @Nullable String level) {

        WhatIf command() {
            BigDecimal percent = null;
            if (rate != null && !rate.isBlank()) {
                percent = InvalidInput.field("rate", () -> {
                    try {
                        return new BigDecimal(rate.strip().replace("%", ""));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(Limits.shown(rate) + " is not a rate in percent, such as 15 or 12.5");
                    }
                });
            }
            List<String> codes = zero == null || zero.isBlank() ? List.of() : Arrays.stream(zero.strip().split("[\\s,;]+")).toList();
            if (codes.size() > WhatIf.MAX_ZERO) {
                throw new InvalidInput("zero", Said.of("refusal.policy.tooManyCodes", String.valueOf(codes.size()), String.valueOf(WhatIf.MAX_ZERO)));
            }
            List<HsCode> zeroed = codes.stream().map(c -> InvalidInput.field("zero", () -> HsCode.of(c.replace(".", "")))).toList();
            return new WhatIf(partnerOf(partner), percent, zeroed, yearOf(year), date(on, "on"),
                    level == null || level.isBlank() ? HsLevel.CHAPTER : InvalidInput.field("level", () -> HsLevel.parse(level)));
        }
    }

    /** The timeline's filters. */
    record TimelineForm(@Nullable String partner, @Nullable String topic, @Nullable String side, @Nullable String from,
                        @Nullable String to) {

        public CountryCode partnerCode() {
            return partnerOf(partner);
        }

        PolicyTimeline.Filter filter() {
            return new PolicyTimeline.Filter(topic == null || topic.isBlank() ? null : InvalidInput.field("topic", () -> PolicyTopic.parse(topic)),
                    InvalidInput.country(side, "side"), date(from, "from"), date(to, "to"));
        }
    }

    private static CountryCode partnerOf(@Nullable String text) {
        String code = text == null || text.isBlank() ? DEFAULT_PARTNER : text;
        return InvalidInput.field("partner", () -> CountryCode.of(code.strip().toUpperCase(java.util.Locale.ROOT)));
    }

    private static @Nullable Integer yearOf(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!text.strip().matches("\\d{4}")) {
            throw new InvalidInput("year", Said.of("refusal.policy.notAYearSuchAs", Limits.shown(text)));
        }
        return Integer.valueOf(text.strip());
    }

    private static @Nullable LocalDate date(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, Said.of("refusal.commitments.notADate", Limits.shown(text)));
        }
    }
}
