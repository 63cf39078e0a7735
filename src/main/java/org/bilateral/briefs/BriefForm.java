package org.bilateral.briefs;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.time.format.DateTimeParseException;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Limits;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;

/**
 * A brief as the page's form and the API's JSON ask for it: countries, dates as ISO days, sections by code, a
 * language; parsed here, each field refused by its name.
 */
public record BriefForm(@Nullable String a, @Nullable String b, @Nullable String forDate, @Nullable String since,
                        @Nullable List<String> sections, @Nullable String lang, @Nullable List<String> offers) {

    /** A form naming no offer. */
    public BriefForm(@Nullable String a, @Nullable String b, @Nullable String forDate, @Nullable String since,
                     @Nullable List<String> sections, @Nullable String lang) {
        this(a, b, forDate, since, sections, lang, null);
    }

    public BriefRequest request() {
        LocalDate day = day("for", forDate);
        LocalDate from = since == null || since.isBlank() ? null : day("since", since);
        Set<BriefSection> chosen = EnumSet.noneOf(BriefSection.class);
        if (sections != null) {
            sections.stream().filter(s -> s != null && !s.isBlank()).map(BriefSection::parse).forEach(chosen::add);
        }
        return new BriefRequest(country("a", a, "VN"), country("b", b, "US"), day, from, chosen, BriefLanguage.parse(lang), offerIds());
    }

    /** The offers named, by number ("3" or "O3"), each once, in the order named; a number that is none refused by its field. */
    private List<Long> offerIds() {
        if (offers == null) {
            return List.of();
        }
        java.util.LinkedHashSet<Long> named = new java.util.LinkedHashSet<>();
        for (String text : offers) {
            if (text == null || text.isBlank()) {
                continue;
            }
            String digits = text.strip().replaceFirst("^[Oo]", "");
            try {
                long id = Long.parseLong(digits);
                if (id <= 0) {
                    throw new NumberFormatException(digits);
                }
                named.add(id);
            } catch (NumberFormatException e) {
                throw new InvalidInput("offers", Said.of("refusal.briefs.notAnOffer", Limits.shown(text)));
            }
        }
        return List.copyOf(named);
    }

    /** A country by its code, the pair's default where none is given. */
    private static CountryCode country(String field, @Nullable String text, String byDefault) {
        CountryCode code = InvalidInput.country(text == null || text.isBlank() ? byDefault : text, field);
        if (code == null) {
            throw new InvalidInput(field, Said.of("refusal.briefs.countryNeeded", byDefault));
        }
        return code;
    }

    private static LocalDate day(String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(field, Said.of("refusal.briefs.dateNeededIso"));
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, Said.of("refusal.commitments.notADate", Limits.shown(text)));
        }
    }
}
