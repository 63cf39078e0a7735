package org.bilateral.alerts.web;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bilateral.alerts.NewRule;
import org.bilateral.shared.Changes;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Limits;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;

/**
 * The rule form as posted: the kinds ticked, the threshold as typed ("20", "-12,5" on a Vietnamese page or "-12.5").
 */
record RuleForm(@Nullable String name, @Nullable List<String> kinds, @Nullable String words, @Nullable String product,
        @Nullable String threshold, @Nullable Boolean mails) {

    NewRule rule() {
        Set<Changes.Kind> chosen = EnumSet.noneOf(Changes.Kind.class);
        for (String kind : kinds == null ? List.<String>of() : kinds) {
            try {
                chosen.add(Changes.Kind.valueOf(kind));
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("kinds", Said.of("refusal.alerts.kind", Limits.shown(kind)));
            }
        }
        return new NewRule(name == null ? "" : name, chosen, words == null ? "" : words,
                product == null || product.isBlank() ? null : product.strip(), threshold(threshold),
                Boolean.TRUE.equals(mails));
    }

    /** A percent as typed: a comma or a point before the decimals, both languages' way; blank for none. */
    static @Nullable BigDecimal threshold(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String plain = typed.strip().replace('%', ' ').strip().replace(',', '.');
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            throw new InvalidInput("threshold", Said.of("refusal.alerts.thresholdNumber", Limits.shown(typed)));
        }
    }
}
