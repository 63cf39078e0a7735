package org.bilateral.doors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** A country held as a bare code, named in the page's language. */
class CountryNamesTest {

    @AfterEach
    void english() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aHeldCodeIsNamedInThePagesLanguageAndAnythingElseIsShownAsHeld() {
        CountryNames names = new CountryNames();
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        assertThat(names.of("US")).isEqualTo("Hoa Kỳ");
        assertThat(names.of("vn")).isEqualTo("Việt Nam");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(names.of("US")).isEqualTo("United States");
        assertThat(names.of("USA")).as("not a two-letter code: as held").isEqualTo("USA");
        assertThat(names.of(" ")).isNull();
        assertThat(names.of(null)).isNull();
    }
}
