package org.bilateral.doors;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.bilateral.shared.Cell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** A download table's cell on a page is written in the page's language, by what the cell holds. */
class FiguresTest {

    private final Figures figures = new Figures();

    @AfterEach
    void forgetTheLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aCellOnAnEnglishPage() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        // 696,000 is under a million: whole dollars grouped; 7,800,000,000 = 7.8 bn
        assertThat(figures.cell(Cell.money(new BigDecimal("696000")))).isEqualTo("$696,000");
        assertThat(figures.cell(Cell.money(new BigDecimal("7800000000")))).isEqualTo("$7.8 bn");
        assertThat(figures.cell(Cell.rate(new BigDecimal("12.5")))).isEqualTo("12.5%");
        // 0.125 = 12.5%; a change of +0.125 says its sign
        assertThat(figures.cell(Cell.share(new BigDecimal("0.125")))).isEqualTo("12.5%");
        assertThat(figures.cell(Cell.change(new BigDecimal("0.125")))).isEqualTo("+12.5%");
        assertThat(figures.cell(Cell.number(0.125))).isEqualTo("0.125");
        assertThat(figures.exact(Cell.money(new BigDecimal("696000.50")))).isEqualTo("696000.50");
        assertThat(figures.exact(Cell.number(2024))).isNull();
    }

    @Test
    void aCellOnAVietnamesePage() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        // 7,800,000,000 = 7,8 tỷ USD; 12.5% with the decimal comma
        assertThat(figures.cell(Cell.money(new BigDecimal("7800000000")))).isEqualTo("7,8 tỷ USD");
        assertThat(figures.cell(Cell.rate(new BigDecimal("12.5")))).isEqualTo("12,5%");
        assertThat(figures.cell(Cell.share(new BigDecimal("0.125")))).isEqualTo("12,5%");
    }

    @Test
    void aScoreIsWrittenWithThePagesDecimalSign() {
        // 0.7434 to three decimals, half to even: 0.743 (the fourth digit 4 rounds down)
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(figures.score(0.7434)).isEqualTo("0.743");
        assertThat(figures.cell(Cell.number(0.743))).isEqualTo("0.743");
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        assertThat(figures.score(0.7434)).isEqualTo("0,743");
        // a risk table's score cell, rounded to 0.743 by the table, with the decimal comma; a rank stays whole
        assertThat(figures.cell(Cell.number(0.743))).isEqualTo("0,743");
        assertThat(figures.cell(Cell.number(12))).isEqualTo("12");
        // 0.0005 is half: to even, 0.000; 1 is 1.000 to three decimals
        assertThat(figures.score(0.0005)).isEqualTo("0,000");
        assertThat(figures.score(1)).isEqualTo("1,000");
        assertThat(figures.score(null)).isEmpty();
    }

    @Test
    void onlyAWebAddressInATextCellIsALink() {
        assertThat(figures.link(Cell.text("https://www.federalregister.gov/d/2025-1"))).isEqualTo("https://www.federalregister.gov/d/2025-1");
        assertThat(figures.link(Cell.text("javascript:alert(1)"))).isNull();
        assertThat(figures.link(Cell.number(1))).isNull();
    }

    @Test
    void numbersAndMomentsInThePagesLanguage() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        // 1,234,567.5 to the whole, half to even: 1,234,568 (7 is odd, so up); 1.0849 to two decimals: 1.08
        assertThat(figures.whole(new BigDecimal("1234567.5"))).isEqualTo("1,234,568");
        assertThat(figures.decimal(new BigDecimal("1.0849"), 2)).isEqualTo("1.08");
        assertThat(figures.whole(null)).isEmpty();
        java.time.Instant at = java.time.Instant.parse("2026-03-15T14:05:09Z");
        java.time.ZonedDateTime here = at.atZone(java.time.ZoneId.systemDefault());
        String minute = String.format("%tF %<tH:%<tM", here);
        assertThat(figures.minute(at)).isEqualTo(minute);
        // the same moment as the database's driver gives it (UTC) is written in the same zone, not in UTC
        assertThat(figures.minute(at.atOffset(java.time.ZoneOffset.UTC))).isEqualTo(minute);
        assertThat(figures.second(at)).isEqualTo(minute + String.format(":%tS", here));
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        assertThat(figures.whole(new BigDecimal("1234567"))).isEqualTo("1.234.567");
        assertThat(figures.decimal(new BigDecimal("1.0849"), 2)).isEqualTo("1,08");
    }
}
