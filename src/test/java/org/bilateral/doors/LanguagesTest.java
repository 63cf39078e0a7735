package org.bilateral.doors;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.LocaleResolver;

/** Which language a page is written in: the remembered choice, else the browser's preference between the two, else English. */
class LanguagesTest {

    private final LocaleResolver resolver = new Languages().localeResolver();

    private Locale asked(String acceptLanguage) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Accept-Language", acceptLanguage);
        return resolver.resolveLocale(request);
    }

    @Test
    void theFirstOfTheTwoLanguagesTheBrowserNamesDecides() {
        assertThat(asked("fr-FR, vi;q=0.8, en;q=0.5").getLanguage()).isEqualTo("vi");
        assertThat(asked("de, en-GB;q=0.9, vi;q=0.5")).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aBrowserNamingNeitherGetsEnglish() {
        assertThat(asked("fr-FR, de;q=0.5")).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void theRememberedChoiceOutweighsTheBrowser() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Accept-Language", "en");
        request.setCookies(new Cookie("bilateral-lang", "vi"));
        assertThat(resolver.resolveLocale(request).getLanguage()).isEqualTo("vi");
    }
}
