package org.bilateral.doors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.jspecify.annotations.Nullable;

/**
 * A {@code shared.Table}'s column heading on a page, in the page's language: the table keeps its English heading for
 * its downloads (CSV and XLSX columns a script reads), and the page looks it up as {@code column.<heading>}, lower case
 * with each run of other characters an underscore ("imports (USD)" is {@code column.imports_usd}). A heading no
 * message names is shown as it is. A heading with a year or a country in it ("exports 2019 (USD)", "VN in it too")
 * is looked up with each as {@code x} ({@code column.exports_x_usd}) and said with them as the message's arguments.
 */
@Component("columns")
public class Columns {

    /** What a heading names that is the same in every language: a year, a country's code, a rate ("15%"). */
    private static final Pattern ARGUMENT = Pattern.compile("\\b(\\d{4}|[A-Z]{2})\\b|\\b\\d+(?:\\.\\d+)?%");

    private final MessageSource messages;

    Columns(MessageSource messages) {
        this.messages = messages;
    }

    public @Nullable String name(@Nullable String heading) {
        if (heading == null || heading.isBlank()) {
            return heading;
        }
        Locale page = LocaleContextHolder.getLocale();
        String plain = messages.getMessage(key(heading), null, null, page);
        if (plain != null) {
            return plain;
        }
        List<String> arguments = new ArrayList<>();
        Matcher m = ARGUMENT.matcher(heading);
        while (m.find()) {
            // a rate with the page's decimal sign: "12.5%" is "12,5%" in Vietnamese
            arguments.add(m.group().endsWith("%") && page.getLanguage().equals("vi") ? m.group().replace('.', ',') : m.group());
        }
        if (arguments.isEmpty()) {
            return heading;
        }
        return messages.getMessage(key(ARGUMENT.matcher(heading).replaceAll("x")), arguments.toArray(), heading, page);
    }

    static String key(String heading) {
        return "column." + heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
