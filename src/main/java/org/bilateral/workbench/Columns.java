package org.bilateral.workbench;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A {@code shared.Table}'s column heading on a page, in the page's language: the table keeps its English heading for
 * its downloads (CSV and XLSX columns a script reads), and the page looks it up as {@code column.<heading>}, lower case
 * with each run of other characters an underscore ("imports (USD)" is {@code column.imports_usd}). A heading no
 * message names, one with a figure in it, is shown as it is.
 */
@Component("columns")
public class Columns {

    private final MessageSource messages;

    Columns(MessageSource messages) {
        this.messages = messages;
    }

    public String name(String heading) {
        if (heading == null || heading.isBlank()) {
            return heading;
        }
        return messages.getMessage(key(heading), null, heading, LocaleContextHolder.getLocale());
    }

    static String key(String heading) {
        return "column." + heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
