package org.bilateral.alerts;

import java.time.Instant;
import java.util.Locale;
import org.bilateral.shared.Changes;
import org.jspecify.annotations.Nullable;

/**
 * A change a rule matched, as its owner sees it.
 *
 * @param changedAt  when the change entered the workbench
 * @param lineEn     the change's line in English, as said when it matched
 * @param lineVi     the same in Vietnamese
 * @param href       its page, relative to the workbench
 * @param createdAt  when the rule matched it
 * @param readAt     when its owner marked it read; none while unread
 * @param mailWanted whether its rule mails
 * @param mailedAt   when the SMTP server took its mail; none while not sent
 * @param mailAttempts how many times sending was tried
 * @param mailError  the last failure, while it is not sent
 */
public record Notification(long id, long ruleId, String ruleName, String owner, Changes.Kind kind, Instant changedAt,
        String lineEn, String lineVi, String href, boolean synthetic, Instant createdAt, @Nullable Instant readAt,
        boolean mailWanted, @Nullable Instant mailedAt, int mailAttempts, @Nullable String mailError) {

    /** The line in this language: Vietnamese for {@code vi}, English otherwise. */
    public String line(Locale locale) {
        return locale.getLanguage().equals("vi") ? lineVi : lineEn;
    }

    public boolean unread() {
        return readAt == null;
    }

    /** Whether a mail is wanted and a try failed: it is tried again at the next evaluation. */
    public boolean mailPending() {
        return mailWanted && mailedAt == null && mailAttempts > 0;
    }
}
