package org.bilateral.doors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.shared.Cell;
import org.bilateral.shared.Table;
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

    /**
     * A table as a Vietnamese page downloads it: each heading as the page names it ({@link #name}), the synthetic mark of
     * its rows and title in Vietnamese; its cells' figures untouched, so that a CSV stays what a script reads (plain
     * numbers, ISO days). An English page downloads the table as it is.
     */
    public Table inPageLanguage(Table table) {
        Locale page = LocaleContextHolder.getLocale();
        if (!page.getLanguage().equals("vi")) {
            return table;
        }
        List<String> header = table.header().stream().map(h -> {
            String named = name(h);
            return named == null ? h : named;
        }).toList();
        int data = table.header().lastIndexOf("data");
        String synthetic = messages.getMessage("common.synthetic", null, page);
        List<List<Cell>> rows = data < 0 ? table.rows() : table.rows().stream().map(row -> {
            if (row.size() <= data || !(row.get(data) instanceof Cell.Text t) || !t.text().equals("synthetic")) {
                return row;
            }
            List<Cell> said = new ArrayList<>(row);
            said.set(data, Cell.text(synthetic));
            return (List<Cell>) said;
        }).toList();
        String title = table.title().endsWith(Table.SYNTHETIC_TITLE)
                ? table.title().substring(0, table.title().length() - Table.SYNTHETIC_TITLE.length())
                        + messages.getMessage("download.syntheticTitle", null, page)
                : table.title();
        return new Table(title, header, rows);
    }

    static String key(String heading) {
        return "column." + heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
