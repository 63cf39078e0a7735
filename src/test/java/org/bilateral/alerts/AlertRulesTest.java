package org.bilateral.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Set;
import org.bilateral.shared.Changes.Kind;
import org.bilateral.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A rule is refused when it cannot be checked, and the ready-made ones are set as the issue states them. */
@AlertsTest
class AlertRulesTest {

    @Autowired AlertRules rules;

    private static NewRule rule(String name, Set<Kind> kinds, String product, String threshold) {
        return new NewRule(name, kinds, "", product.isEmpty() ? null : product, threshold.isEmpty() ? null : new BigDecimal(threshold), false);
    }

    @Test
    void aRuleWithoutNameKindValidProductOrThresholdInRangeIsRefusedNamingTheField() {
        assertThatThrownBy(() -> rules.create("rules-ana", rule(" ", Set.of(Kind.PRESS), "", ""))).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> rules.create("rules-ana", rule("x", Set.of(), "", ""))).hasMessageContaining("kinds");
        assertThatThrownBy(() -> rules.create("rules-ana", rule("x", Set.of(Kind.DEAL), "850", ""))).hasMessageContaining("product");
        assertThatThrownBy(() -> rules.create("rules-ana", rule("x", Set.of(Kind.DEAL), "", "-100"))).hasMessageContaining("threshold");
        assertThatThrownBy(() -> rules.create("rules-ana", rule("x", Set.of(Kind.DEAL), "", "1000.01"))).hasMessageContaining("threshold");
        assertThatThrownBy(() -> rules.create("rules-ana", rule("x", Set.of(Kind.DEAL), "", "12.345"))).hasMessageContaining("threshold");
        assertThat(rules.of("rules-ana")).isEmpty();
        // the bounds themselves: -99.99 and 1000
        rules.create("rules-ana", rule("lowest", Set.of(Kind.DEAL), "", "-99.99"));
        rules.create("rules-ana", rule("highest", Set.of(Kind.DEAL), "85", "1000"));
        assertThatThrownBy(() -> rules.create("rules-ana", rule("highest", Set.of(Kind.ASK), "", ""))).hasMessageContaining("highest");
    }

    @Test
    void theReadyMadeRulesAreTheIssuesThree() {
        AlertRule watched = rules.take("rules-bao", 0, "Watched product up");
        assertThat(watched.kinds()).containsExactly(Kind.WATCHED_PRODUCT);
        assertThat(watched.threshold()).isEqualByComparingTo("20");
        AlertRule remedies = rules.take("rules-bao", 1, "Vietnam and anti-dumping");
        assertThat(remedies.kinds()).containsExactlyInAnyOrder(Kind.TRADE_REMEDY, Kind.TARIFF_ACTION);
        assertThat(remedies.words()).isEqualTo("vietnam anti-dumping");
        AlertRule round = rules.take("rules-bao", 2, "A new round");
        assertThat(round.kinds()).containsExactly(Kind.ENGAGEMENT);
        assertThat(round.words()).isEqualTo("negotiation_round");
        assertThat(rules.of("rules-bao")).hasSize(3);
        assertThatThrownBy(() -> rules.take("rules-bao", 3, "none")).isInstanceOf(InvalidInput.class);
    }
}
