package org.bilateral.doors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

/** A notice is worded in the language of the page that asked for it, with its figures in place. */
class NoticesTest {

    private final Notices notices;

    NoticesTest() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("target.saved", Locale.ENGLISH, "Target {0} saved.");
        messages.addMessage("target.saved", Locale.forLanguageTag("vi"), "Đã lưu mục tiêu {0}.");
        notices = new Notices(messages);
    }

    @AfterEach
    void forgetTheLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aVietnamesePageGetsItsNoticeInVietnamese() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        assertThat(notices.say("target.saved", "VN-2026")).isEqualTo("Đã lưu mục tiêu VN-2026.");
    }

    @Test
    void anEnglishPageGetsItsNoticeInEnglish() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(notices.say("target.saved", "VN-2026")).isEqualTo("Target VN-2026 saved.");
    }
}
