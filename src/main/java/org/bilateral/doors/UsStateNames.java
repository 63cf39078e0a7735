package org.bilateral.doors;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.bilateral.shared.UsState;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A US state named in the page's language (message {@code usState.<USPS>}): "Bắc Carolina" on a Vietnamese page,
 * "North Carolina" on an English one, and the states a form offers in the order of their names in that language, so a
 * reader finds a state by its name rather than by its postal code. Templates call it as {@code @usStateNames}.
 */
@Component("usStateNames")
public class UsStateNames {

    /** A state as a select offers it: its code, the value sent, and its name, the words shown. */
    public record Option(String usps, String name) {
    }

    private final MessageSource messages;

    UsStateNames(MessageSource messages) {
        this.messages = messages;
    }

    /** The state's name; null for no state. */
    public @Nullable String of(@Nullable UsState state) {
        return state == null ? null : messages.getMessage("usState." + state.usps(), null, LocaleContextHolder.getLocale());
    }

    /** Every state, DC and territory, by name in the page's language. */
    public List<Option> all() {
        Locale page = LocaleContextHolder.getLocale();
        Collator collator = Collator.getInstance(page);
        return UsState.all().stream().map(s -> new Option(s.usps(), messages.getMessage("usState." + s.usps(), null, page)))
                .sorted(Comparator.comparing(Option::name, collator)).toList();
    }
}
