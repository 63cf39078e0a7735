package org.bilateral.alerts;

import java.math.BigDecimal;
import java.util.Set;
import org.bilateral.shared.Changes;
import org.jspecify.annotations.Nullable;

/** A rule as an analyst states it, before it is checked and numbered (see {@link AlertRule} for each part). */
public record NewRule(String name, Set<Changes.Kind> kinds, String words, @Nullable String product,
        @Nullable BigDecimal threshold, boolean mails) {

    public NewRule {
        kinds = Set.copyOf(kinds);
    }
}
