package org.bilateral.extraction.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bilateral.extraction.Corrections;
import org.bilateral.extraction.ProposalFields;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;

/**
 * A reviewer's corrections as a form sends them (all text) turned back into the proposal's own types: lists from
 * comma-separated names, numbers from digits, empty fields as "not given". A number keeps the exact value typed: "5"
 * is the whole number 5 and "10000000000" stays a whole number, whatever field takes it; a number with a dot goes to
 * the record as a decimal, which a whole-number field refuses by name rather than rounding it.
 */
final class ProposalForm {

    /** Fields that take whole numbers: a round's number and a purchase's quantity. */
    static final Set<String> WHOLE_NUMBERS = Set.of("round", "sidelines_of", "quantity");

    /** Fields that take amounts of US dollars, to the cent (the record refuses anything finer). */
    static final Set<String> AMOUNTS = Set.of("value_usd", "value_low_usd", "value_high_usd");

    /**
     * A kind the reviewer picks rather than types: its code as the contract writes it ("negotiation_round") and the
     * message that names it in the page's language ("phiên đàm phán"), so no card shows an enum's code.
     */
    record KindChoice(String code, String label) {
    }

    /** The kinds of an event, as the register knows them. */
    static final List<KindChoice> EVENT_KINDS = java.util.Arrays.stream(org.bilateral.engagements.EngagementKind.values())
            .map(k -> new KindChoice(k.code(), "engagementKind." + k.name())).toList();

    /** The kinds of an organisation, as the register knows them. */
    static final List<KindChoice> ORGANISATION_KINDS = java.util.Arrays.stream(org.bilateral.engagements.OrganisationKind.values())
            .map(k -> new KindChoice(k.code(), "organisationKind." + k.name())).toList();

    /** Digits with a dot for decimals; commas only where they group thousands ("10,000,000"), never as a decimal comma. */
    private static final Pattern NUMBER = Pattern.compile("-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");

    private ProposalForm() {
    }

    /** The fields that take numbers, whose range the form states beside them. */
    static final Set<String> NUMERIC = Stream.concat(WHOLE_NUMBERS.stream(), AMOUNTS.stream()).collect(Collectors.toUnmodifiableSet());

    /** Whether the form states a field's range beside it: the fields that take numbers. */
    static boolean numeric(String field) {
        return NUMERIC.contains(field);
    }

    static Corrections corrections(ProposalFields proposed, Map<String, String> form, String source) {
        // Only the record's own fields: the form also carries the CSRF token and htmx's own parameters.
        List<Corrections.Correction> out = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (ProposalFields.Field field : proposed) {
            String key = field.key();
            String typed = form.get(key);
            if (typed == null) {
                continue;
            }
            String value = typed.strip();
            Object was = field.value();
            if (was instanceof List<?>) {
                List<String> items = new ArrayList<>();
                for (String s : value.split(",")) {
                    if (!s.isBlank()) {
                        items.add(s.strip());
                    }
                }
                out.add(new Corrections.Correction(key, items));
            } else if (value.isEmpty()) {
                out.add(new Corrections.Correction(key, null));
            } else if (was instanceof Boolean) {
                out.add(new Corrections.Correction(key, Boolean.parseBoolean(value)));
            } else if (numeric(key) || was instanceof Number) {
                Number n = number(value);
                if (n == null) {
                    problems.add(new InputProblem(source, null, key, Said.of("refusal.extraction.numberDigits", String.valueOf(value))));
                } else {
                    out.add(new Corrections.Correction(key, n));
                }
            } else {
                out.add(new Corrections.Correction(key, value));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Corrections(out);
    }

    /**
     * The exact number written: without a dot, a whole number as a Long (a BigInteger past Long's range, which the
     * field then refuses by name); with one, a BigDecimal, which a whole-number field refuses ("10.000" may be ten
     * thousand written the Vietnamese way, and is never read as ten); null when it is not a number.
     */
    static @Nullable Number number(String text) {
        if (!NUMBER.matcher(text).matches()) {
            return null;
        }
        String digits = text.replace(",", "");
        if (digits.contains(".")) {
            return new BigDecimal(digits);
        }
        BigInteger whole = new BigInteger(digits);
        return whole.bitLength() < 64 ? (Number) whole.longValue() : whole;
    }
}
