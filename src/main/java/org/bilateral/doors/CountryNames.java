package org.bilateral.doors;

import java.util.Locale;
import org.bilateral.shared.CountryCode;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A country held as a bare code (a person's or an organisation's country) named in the page's language, as
 * {@link CountryCode#name} names it: "Hoa Kỳ" on a Vietnamese page, "United States" on an English one. Templates call it
 * as {@code @countryNames.of(code)}; a typed {@link CountryCode} is named directly, {@code ${code.name(#locale)}}.
 */
@Component("countryNames")
public class CountryNames {

    /** The name, or what is held as it is when it is not a two-letter code; null for nothing held. */
    public @Nullable String of(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String held = code.strip().toUpperCase(Locale.ROOT);
        return held.matches("[A-Z]{2}") ? CountryCode.of(held).name(LocaleContextHolder.getLocale()) : code;
    }
}
