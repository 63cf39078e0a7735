package org.bilateral.briefs.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.bilateral.briefs.Brief;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** An ask's stake in the brief's words: no more than was counted, and a rate that has ended with its end. */
class BriefWordsTest {

    private static BriefWords words(Locale locale) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new BriefWords(messages, locale);
    }

    @Test
    void theOrdersStakeSaysWhoseNumbersWereCountedAndTheOrderThatMakesMostOfIt() {
        // 34 orders, the numbers of 2 counted at the statistics' detail; C-552-838 alone holds 5,480,000,000 of 5,490,000,000
        Brief.Stake s = new Brief.Stake(Brief.Stake.Kind.ORDERS, 34, new BigDecimal("5490000000"), 2025, null, "C-552-838", null, 2,
                new BigDecimal("5480000000"), null);
        assertThat(words(Locale.ENGLISH).stake(s)).isEqualTo("34 anti-dumping and countervailing orders; imports in the HTS numbers "
                + "the statistics can count, those of 2 of them: $5.49 bn in 2025; $5.48 bn of it in C-552-838 alone");
        Brief.Stake all = new Brief.Stake(Brief.Stake.Kind.ORDERS, 34, new BigDecimal("5490000000"), 2025, null, "C-552-838", null, 1,
                new BigDecimal("5490000000"), null);
        assertThat(words(Locale.ENGLISH).stake(all)).endsWith(": $5.49 bn in 2025; all of it in C-552-838");
        assertThat(words(Locale.forLanguageTag("vi")).stake(all)).contains("tức các mã của 1 lệnh").endsWith("; toàn bộ thuộc C-552-838");
    }

    @Test
    void aRateOnTransshippedGoodsThatEndedSaysUntilWhen() {
        Brief.Stake s = new Brief.Stake(Brief.Stake.Kind.TRANSSHIPMENT, null, null, 2025, new BigDecimal("40"), "EO 14326", null, null,
                null, LocalDate.parse("2026-02-20"));
        assertThat(words(Locale.ENGLISH).stake(s)).isEqualTo("40% on goods found transshipped (EO 14326), until 2026-02-20");
        // a Vietnamese brief writes the day as it writes every date
        assertThat(words(Locale.forLanguageTag("vi")).stake(s)).endsWith("(EO 14326), đến ngày 20/2/2026");
        Brief.Risks ended = new Brief.Risks(null, "CN→VN→US", 10, java.util.List.of(), null, null, java.util.List.of(),
                LocalDate.parse("2026-02-20"));
        assertThat(words(Locale.ENGLISH).riskDuty(ended)).isEqualTo("Added duty if found transshipped, at the rate charged until 2026-02-20");
        assertThat(words(Locale.ENGLISH).riskDuty(new Brief.Risks(null, "CN→VN→US", 10, java.util.List.of(), null, null,
                java.util.List.of()))).isEqualTo("Added duty if found transshipped");
    }
}
