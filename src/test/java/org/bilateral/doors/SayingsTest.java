package org.bilateral.doors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A refusal said in each language from the one key: counts written the language's way, the user's words as given. */
class SayingsTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final Sayings sayings = new Sayings(messages());

    private static ResourceBundleMessageSource messages() {
        // as application.properties configures Spring Boot's: basename messages, UTF-8, no fallback to the machine's language
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasename("messages");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return m;
    }

    @Test
    void aCountIsGroupedTheEnglishWayInEnglishAndTheVietnameseWayInVietnamese() {
        Said more = Said.of("refusal.shared.moreProblems", 1234);
        // 1234 grouped by thousands: "1,234" in English, "1.234" in Vietnamese
        assertThat(sayings.say(more, Locale.ENGLISH)).isEqualTo("and 1,234 more problems not listed");
        assertThat(sayings.say(more, VI)).isEqualTo("và 1.234 lỗi khác không được liệt kê");
        assertThat(more.english()).isEqualTo(sayings.say(more, Locale.ENGLISH));
    }

    @Test
    void aLineNumberFileNameFieldAndTheUsersValueAreShownAsGiven() {
        InputProblem p = new InputProblem("hợp đồng.csv", InputProblem.line(1234), "quantity", Said.of("refusal.shared.notANumber", "'1,5 tấn'"));
        assertThat(sayings.say(p.said(), VI)).isEqualTo("hợp đồng.csv, dòng 1234, trường quantity: '1,5 tấn' không phải là một số");
        assertThat(sayings.say(p.said(), Locale.ENGLISH)).isEqualTo("hợp đồng.csv, line 1234, field quantity: '1,5 tấn' is not a number")
                .isEqualTo(p.toString());
    }

    @Test
    void aSpreadsheetCellIsNamedBySheetRowAndColumnInVietnamese() {
        InputProblem p = new InputProblem("báo cáo.xlsx", InputProblem.sheetRow("Progress", 4), InputProblem.column("C", "Stage"),
                Said.of("refusal.commitments.empty"));
        assertThat(p.toString()).isEqualTo("báo cáo.xlsx, sheet Progress, row 4, field column C (Stage): is empty");
        assertThat(sayings.say(p.said(), VI)).isEqualTo("báo cáo.xlsx, trang tính Progress, hàng 4, cột C (Stage): đang để trống");
    }

    @Test
    void aWholeRefusalListsItsProblemsOneALineInTheAskedLanguage() {
        InvalidInput refused = new InvalidInput(List.of(
                new InputProblem("deals.csv", InputProblem.line(2), "date", Said.of("refusal.commitments.notADate", "'2026-13-01'")),
                new InputProblem("deals.csv", InputProblem.line(3), "buyer", Said.of("refusal.commitments.empty"))));
        assertThat(sayings.refusal(refused, VI)).isEqualTo("deals.csv, dòng 2, trường date: '2026-13-01' không phải là ngày (YYYY-MM-DD)\n"
                + "deals.csv, dòng 3, trường buyer: đang để trống");
        assertThat(sayings.refusal(refused, Locale.ENGLISH)).isEqualTo(refused.getMessage());
    }

    @Test
    void anApiCallIsAnsweredInVietnameseOnlyWhenItAsksForVietnamese() {
        var vi = new org.springframework.mock.web.MockHttpServletRequest();
        vi.addHeader("Accept-Language", "vi-VN,vi;q=0.9,en;q=0.8");
        var none = new org.springframework.mock.web.MockHttpServletRequest();
        var french = new org.springframework.mock.web.MockHttpServletRequest();
        french.addHeader("Accept-Language", "fr");
        assertThat(Sayings.asked(vi)).isEqualTo(VI);
        assertThat(Sayings.asked(none)).isEqualTo(Locale.ENGLISH);
        assertThat(Sayings.asked(french)).isEqualTo(Locale.ENGLISH);
    }
}
