package org.bilateral.alerts;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.bilateral.shared.Changes;
import org.bilateral.shared.NameKey;
import org.jspecify.annotations.Nullable;

/**
 * A rule an analyst set: which changes it watches and what they must say.
 *
 * @param id        its number
 * @param owner     the account that set it and reads its notifications
 * @param name      its name, unique for its owner
 * @param kinds     the kinds of change it watches (at least one)
 * @param words     words that must all appear in the change's text, whatever their diacritics and case; empty for none
 * @param product   an HS code prefix the change's product must start with; none for any product or none
 * @param threshold a percent: positive, the movement must be up by more than it; negative, down by more than it; none
 *                  for no condition on the movement
 * @param mails     whether its notifications are also mailed
 */
public record AlertRule(long id, String owner, String name, Set<Changes.Kind> kinds, String words, @Nullable String product,
        @Nullable BigDecimal threshold, boolean mails) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public AlertRule {
        kinds = Set.copyOf(kinds);
    }

    /**
     * Whether a change is one this rule watches. Words are compared by their {@link NameKey}s, so "Việt Nam" in a rule
     * finds "VIETNAM" and "viet-nam" in a text, and "anti-dumping" finds "antidumping"; a word is found inside a longer
     * one too ("vietnam" in "vietnamese"), as a person skimming would. The threshold is strict, as the rule says "more
     * than": a movement of exactly 20% does not pass a threshold of 20%.
     */
    public boolean matches(Changes.Change change) {
        if (!kinds.contains(change.kind())) {
            return false;
        }
        if (!keys(words).isEmpty()) {
            String text = NameKey.of(change.text());
            if (!keys(words).stream().allMatch(text::contains)) {
                return false;
            }
        }
        if (product != null && (change.product() == null || !change.product().digits().startsWith(product))) {
            return false;
        }
        if (threshold != null) {
            BigDecimal movement = change.movement();
            if (movement == null) {
                return false;
            }
            BigDecimal percent = movement.multiply(HUNDRED);
            return threshold.signum() >= 0 ? percent.compareTo(threshold) > 0 : percent.compareTo(threshold) < 0;
        }
        return true;
    }

    /** The words of a rule as they are compared: each one's key, the empty ones (punctuation alone) left out. */
    static List<String> keys(String words) {
        return Arrays.stream(words.strip().split("\\s+")).map(NameKey::of).filter(k -> !k.isEmpty()).toList();
    }
}
