package org.bilateral.doors;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A phrase a module writes in English for every format (a table's title, a text cell, a "what these figures leave out"
 * note, a signal's arithmetic), said on a page in the page's language; templates call it as {@code @phrases.say}. As
 * {@link Columns} does for headings, the phrase is looked up as {@code phrase.<phrase>}, lower case with each run of
 * other characters an underscore; a phrase with figures or codes in it is looked up with each as {@code x} and said
 * with them as the message's arguments, each figure written the page's way ("$1.2 bn" is "1,2 tỷ USD", "0.743" is
 * "0,743", "12.5%" is "12,5%"; an HS code, a day or a country's code as it is). A phrase no message names is shown
 * as it is.
 */
@Component("phrases")
public class Phrases {

    /**
     * Amounts, days, HS codes, percentages, numbers, countries' codes, the marks of a test's conditions and an ask's
     * number ("A4"): what a phrase says the same in any words.
     */
    private static final Pattern ARGUMENT = Pattern.compile(
            "(?<amount>[−-]?\\$\\d[\\d,]*(?:\\.\\d+)?(?: bn| m)?)"
                    + "|(?<day>\\b\\d{4}-\\d{2}-\\d{2}\\b)"
                    + "|(?<code>\\b\\d{4}\\.\\d{2}(?:\\.\\d{2,4})?\\b)"
                    + "|(?<number>[−+-]?\\b\\d+(?:,\\d{3})*(?:\\.\\d+)?%?)"
                    + "|(?<country>\\b[A-Z]{2}\\b)|(?<mark>[✓✗])|(?<ask>\\bA\\d+\\b)");

    /** How a table's title on demonstration data ends, in every format. */
    private static final String SYNTHETIC = " (SYNTHETIC demonstration data)";

    /** How a source's line on demonstration data ends. */
    private static final String SYNTHETIC_LINE = ", synthetic";

    private final MessageSource messages;

    Phrases(MessageSource messages) {
        this.messages = messages;
    }

    /** The phrase in the page's language; as it is when no message names it. */
    public @Nullable String say(@Nullable String phrase) {
        return say(phrase, LocaleContextHolder.getLocale());
    }

    /** The same, in the reader's language outside a page. */
    public @Nullable String say(@Nullable String phrase, Locale locale) {
        if (phrase == null || phrase.isBlank()) {
            return phrase;
        }
        if (phrase.endsWith(SYNTHETIC) && phrase.length() > SYNTHETIC.length()) {
            // a title on demonstration data says so after whatever it says: the two are said apart
            return say(phrase.substring(0, phrase.length() - SYNTHETIC.length()), locale) + " ("
                    + say(SYNTHETIC.substring(2, SYNTHETIC.length() - 1), locale) + ")";
        }
        String plain = messages.getMessage(key(phrase), null, null, locale);
        if (plain != null) {
            return plain;
        }
        List<String> arguments = new ArrayList<>();
        Matcher m = ARGUMENT.matcher(phrase);
        while (m.find()) {
            arguments.add(written(m, locale));
        }
        if (arguments.isEmpty()) {
            return clauses(phrase, locale);
        }
        // the phrase itself is no message: as it is, its apostrophes kept
        String said = messages.getMessage(key(ARGUMENT.matcher(phrase).replaceAll("x")), arguments.toArray(), null, locale);
        return said == null ? clauses(phrase, locale) : said;
    }

    /**
     * A phrase no message names, said clause by clause where it has clauses ("…; …"): a signal's arithmetic joins
     * clauses that vary apart (a unit, a condition that holds or not), each a message of its own.
     */
    private String clauses(String phrase, Locale locale) {
        if (phrase.endsWith(SYNTHETIC_LINE) && phrase.length() > SYNTHETIC_LINE.length()) {
            // a source's line on demonstration data ends so: "US statistics on VN: <dataset> #1 (<file>), synthetic"
            return say(phrase.substring(0, phrase.length() - SYNTHETIC_LINE.length()), locale) + ", " + say("synthetic", locale);
        }
        if (!phrase.contains("; ")) {
            return opening(phrase, locale);
        }
        List<String> said = new ArrayList<>();
        for (String clause : phrase.split("; ")) {
            said.add(String.valueOf(say(clause, locale)));
        }
        return String.join("; ", said);
    }

    /**
     * A phrase no message names that opens with words of its own before what it names ("US statistics on VN: US Census
     * Bureau International Trade API #1 (…)"): its opening said, the names after it as they are.
     */
    private String opening(String phrase, Locale locale) {
        int colon = phrase.indexOf(": ");
        if (colon < 0) {
            return phrase;
        }
        String opening = phrase.substring(0, colon);
        String said = say(opening, locale);
        return (said == null || said.equals(opening) ? opening : said) + phrase.substring(colon);
    }

    static String key(String phrase) {
        return "phrase." + phrase.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    /** A figure the reader's way: an amount as {@link Figures} writes it, a number with the reader's separators. */
    private static String written(Matcher m, Locale locale) {
        String text = m.group();
        if (!locale.getLanguage().equals("vi")) {
            return text;
        }
        if (m.group("amount") != null) {
            boolean negative = text.startsWith("−") || text.startsWith("-");
            String digits = text.replaceAll("[^0-9.]", "");
            if (!text.endsWith(" bn") && !text.endsWith(" m")) {
                // a price per unit keeps its cents: "$36.19" is "36,19 USD"
                String number = text.substring(text.indexOf('$') + 1);
                return (negative ? "−" : "") + number.replace(',', '\u0000').replace('.', ',').replace('\u0000', '.') + " USD";
            }
            BigDecimal amount = new BigDecimal(digits).multiply(text.endsWith(" bn") ? BigDecimal.valueOf(1_000_000_000)
                    : text.endsWith(" m") ? BigDecimal.valueOf(1_000_000) : BigDecimal.ONE);
            return Figures.usdAmount(negative ? amount.negate() : amount, locale);
        }
        if (m.group("number") != null) {
            // "1,234.5" is "1.234,5": the separators change places
            return text.replace(',', '\u0000').replace('.', ',').replace('\u0000', '.');
        }
        return text;
    }
}
