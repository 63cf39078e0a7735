package org.bilateral.tariffs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;

/**
 * Reads a rate as Vietnam's schedule prints it, by the conventions the source states (the shared data's README on
 * {@code vietnam-preferential-rates.csv}); what none of them reads keeps its text and no rate, never a zero.
 */
final class PrintedRates {

    private static final String NUMBER = "(\\d+(?:[.,]\\d+)?)";
    /** "0", "2,9", "0 (-KH, TH)", "0(-MY )", "0(-KH, MY, PH, )", "0(-MM)(GIC)". */
    private static final Pattern PART = Pattern.compile(NUMBER + "\\s*(?:\\(\\s*-\\s*([A-Z]{2}(?:\\s*,\\s*[A-Z]{2})*)[\\s,]*\\))?\\s*(\\(GIC\\))?");
    /** "0 (NHN: 50)": in quota, and outside it (ngoài hạn ngạch). */
    private static final Pattern QUOTA = Pattern.compile(NUMBER + "\\s*\\(NHN:\\s*" + NUMBER + "\\s*\\)");
    private static final Pattern NEGATIVE = Pattern.compile("(?:^|[/;:(]\\s*)-\\s*\\d");
    private static final Pattern NUMERIC = Pattern.compile("\\s*" + NUMBER + "\\s*");
    private static final CountryCode MEXICO = new CountryCode("MX");

    private PrintedRates() {
    }

    /** A number where the schedule requires one (the MFN rate, the out-of-quota rate), or what is wrong with it. */
    static BigDecimal number(String printed) {
        Matcher m = NUMERIC.matcher(printed);
        if (!m.matches()) {
            throw new NotARate(NEGATIVE.matcher(printed.strip()).find()
                    ? Said.of("refusal.tariffs.negative", printed) : Said.of("refusal.tariffs.notANumber", printed));
        }
        return decimal(m.group(1));
    }

    /** Why a printed preferential value cannot be held, or null: a negative rate is refused, not kept as text. */
    static @Nullable Said problem(String printed) {
        if (printed.isBlank()) {
            return Said.of("refusal.tariffs.empty");
        }
        return NEGATIVE.matcher(printed.strip()).find() ? Said.of("refusal.tariffs.negative", printed) : null;
    }

    /** The printed value read by the stated conventions, or kept as text with no rate when none reads it. */
    static Preference read(Agreement agreement, String printed) {
        String text = printed.strip();
        Set<CountryCode> except = new HashSet<>();
        Map<CountryCode, BigDecimal> partnerRates = new HashMap<>();
        String general = text;
        int semicolon = text.indexOf(';');
        if (semicolon >= 0) {
            String rest = text.substring(semicolon + 1).strip();
            // "M:" is the CPTPP's rate for Mexico; the source states it for that column only
            if (agreement != Agreement.CPTPP || !rest.startsWith("M:")) {
                return unread(agreement, printed);
            }
            Rates mexico = rates(rest.substring(2), new HashSet<>());
            if (mexico == null || mexico.lowest == null) {
                return unread(agreement, printed);
            }
            partnerRates.put(MEXICO, mexico.lowest);
            general = text.substring(0, semicolon);
        }
        Rates rates = rates(general, except);
        if (rates == null) {
            return unread(agreement, printed);
        }
        if (rates.lowest == null) {
            return new Preference(agreement, printed, null, null, true, Set.of(), Map.of());
        }
        return new Preference(agreement, printed, rates.lowest, rates.highest, false, except, partnerRates);
    }

    private static Preference unread(Agreement agreement, String printed) {
        return new Preference(agreement, printed, null, null, false, Set.of(), Map.of());
    }

    /** The lowest and highest rates of the parts; both null when every part is "*". */
    private record Rates(@Nullable BigDecimal lowest, @Nullable BigDecimal highest) {
    }

    /** Reads "a/b/…" parts; null when a part follows no stated convention. */
    private static @Nullable Rates rates(String text, Set<CountryCode> except) {
        List<BigDecimal> found = new ArrayList<>();
        for (String part : text.split("/", -1)) {
            String p = part.strip();
            if (p.equals("*")) {
                continue;
            }
            Matcher quota = QUOTA.matcher(p);
            if (quota.matches()) {
                found.add(decimal(quota.group(1)));
                found.add(decimal(quota.group(2)));
                continue;
            }
            Matcher m = PART.matcher(p);
            if (!m.matches()) {
                return null;
            }
            found.add(decimal(m.group(1)));
            if (m.group(2) != null) {
                for (String code : m.group(2).split(",")) {
                    except.add(new CountryCode(code.strip()));
                }
            }
        }
        if (found.isEmpty()) {
            return new Rates(null, null);
        }
        return new Rates(found.stream().min(BigDecimal::compareTo).orElseThrow(), found.stream().max(BigDecimal::compareTo).orElseThrow());
    }

    /** "2,9" and "2.9" alike: the schedule writes the decimal comma in some columns and the point in others. */
    private static BigDecimal decimal(String digits) {
        return new BigDecimal(digits.replace(',', '.'));
    }

    /** A value that is not a rate where one is required, with why. */
    static final class NotARate extends RuntimeException {

        private final Said why;

        NotARate(Said why) {
            super(why.key(), null, false, false);
            this.why = why;
        }

        Said why() {
            return why;
        }
    }
}
