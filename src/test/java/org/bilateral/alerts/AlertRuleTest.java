package org.bilateral.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.bilateral.shared.Changes;
import org.bilateral.shared.Changes.Kind;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Which changes a rule matches: its kinds, its words whatever their diacritics and case, its product and its threshold. */
class AlertRuleTest {

    private static final Instant AT = Instant.parse("2026-12-06T08:00:00Z");

    private static AlertRule rule(Set<Kind> kinds, String words, @Nullable String product, @Nullable String threshold) {
        return new AlertRule(1, "ana", "rule", kinds, words, product, threshold == null ? null : new BigDecimal(threshold), false);
    }

    private static Changes.Change change(Kind kind, String text, @Nullable String product, @Nullable String movement) {
        return new Changes.Change(kind, AT, Said.asWritten(text), "/somewhere", product == null ? null : HsCode.of(product),
                movement == null ? null : new BigDecimal(movement), text, false);
    }

    @Test
    void aDocumentNamingVietnamAndAntiDumpingMatchesWhateverItsDiacriticsCaseAndHyphens() {
        AlertRule rule = rule(Set.of(Kind.TRADE_REMEDY, Kind.TARIFF_ACTION), "vietnam anti-dumping", null, null);
        assertThat(rule.matches(change(Kind.TRADE_REMEDY,
                "Certain Steel Nails From the Socialist Republic of Vietnam: Final Results of Antidumping Duty Review", null, null)))
                .isTrue();
        // the words of the rule with their diacritics, a text without, and the other way round
        assertThat(rule(Set.of(Kind.TRADE_REMEDY), "Việt Nam chống bán phá giá", null, null)
                .matches(change(Kind.TRADE_REMEDY, "VIET NAM: dieu tra CHONG BAN PHA GIA thep", null, null))).isTrue();
        assertThat(rule(Set.of(Kind.TRADE_REMEDY), "viet nam", null, null)
                .matches(change(Kind.TRADE_REMEDY, "Bộ Công Thương Việt Nam phản hồi", null, null))).isTrue();
        assertThat(rule.matches(change(Kind.TARIFF_ACTION, "Anti-Dumping order on VIỆT NAM shrimp", null, null))).isTrue();
    }

    @Test
    void aDocumentLackingOneOfTheWordsOrOfAnotherKindDoesNotMatch() {
        AlertRule rule = rule(Set.of(Kind.TRADE_REMEDY, Kind.TARIFF_ACTION), "vietnam anti-dumping", null, null);
        assertThat(rule.matches(change(Kind.TRADE_REMEDY, "Countervailing duty order on steel from Vietnam", null, null))).isFalse();
        assertThat(rule.matches(change(Kind.TRADE_REMEDY, "Antidumping duty order on steel from Thailand", null, null))).isFalse();
        assertThat(rule.matches(change(Kind.PRESS, "Vietnam anti-dumping", null, null))).isFalse();
    }

    @Test
    void aNewRoundIsFoundByTheKindsCodeTheEngagementsWriteInTheText() {
        AlertRule rule = rule(Set.of(Kind.ENGAGEMENT), "negotiation_round", null, null);
        assertThat(rule.matches(change(Kind.ENGAGEMENT, "NEGOTIATION_ROUND", null, null))).isTrue();
        assertThat(rule.matches(change(Kind.ENGAGEMENT, "MEETING", null, null))).isFalse();
    }

    @Test
    void aThresholdOfTwentyPercentIsPassedByMoreThanTwentyPercentAndNotByTwentyExactly() {
        AlertRule rule = rule(Set.of(Kind.WATCHED_PRODUCT), "", null, "20");
        // 0.2001 × 100 = 20.01 > 20: up more than 20%
        assertThat(rule.matches(change(Kind.WATCHED_PRODUCT, "", "850440", "0.2001"))).isTrue();
        // 0.20 × 100 = 20.00, not more than 20: "up more than 20%" is strict, so exactly 20% does not alert
        assertThat(rule.matches(change(Kind.WATCHED_PRODUCT, "", "850440", "0.20"))).isFalse();
        // 0.1999 × 100 = 19.99 < 20
        assertThat(rule.matches(change(Kind.WATCHED_PRODUCT, "", "850440", "0.1999"))).isFalse();
        // a fall of 25% is no rise
        assertThat(rule.matches(change(Kind.WATCHED_PRODUCT, "", "850440", "-0.25"))).isFalse();
        // a change without a movement cannot pass a threshold
        assertThat(rule.matches(change(Kind.WATCHED_PRODUCT, "", "850440", null))).isFalse();
    }

    @Test
    void aNegativeThresholdIsPassedByAFallOfMoreThanIt() {
        AlertRule rule = rule(Set.of(Kind.WATCHED_PRODUCT), "", null, "-20");
        // -0.25 × 100 = -25 < -20: down more than 20%
        assertThat(rule.matches(change(Kind.WATCHED_PRODUCT, "", "850440", "-0.25"))).isTrue();
        // -0.20 × 100 = -20, not below -20
        assertThat(rule.matches(change(Kind.WATCHED_PRODUCT, "", "850440", "-0.20"))).isFalse();
        assertThat(rule.matches(change(Kind.WATCHED_PRODUCT, "", "850440", "0.30"))).isFalse();
    }

    @Test
    void aProductIsMatchedByItsHsPrefix() {
        AlertRule rule = rule(Set.of(Kind.WATCHED_PRODUCT), "", "8504", null);
        assertThat(rule.matches(change(Kind.WATCHED_PRODUCT, "", "850440", "0.5"))).isTrue();
        assertThat(rule.matches(change(Kind.WATCHED_PRODUCT, "", "8504", "0.5"))).isTrue();
        assertThat(rule.matches(change(Kind.WATCHED_PRODUCT, "", "850140", "0.5"))).isFalse();
        assertThat(rule.matches(change(Kind.WATCHED_PRODUCT, "", null, "0.5"))).isFalse();
    }

    @Test
    void wordsOfPunctuationAloneAskForNothing() {
        assertThat(AlertRule.keys("  - , Việt   Nam ")).containsExactly("viet", "nam");
        assertThat(rule(Set.of(Kind.PRESS), " - ", null, null).matches(change(Kind.PRESS, "anything", null, null))).isTrue();
    }
}
