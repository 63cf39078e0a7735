package org.bilateral.alerts;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.List;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Limits;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use case: a user's notifications (read and unread), and where their alerts go (address and language). */
@Service
public class Notifications {

    /** The most notifications a page or a feed lists: the newest. */
    public static final int SHOWN = 200;

    private final AlertStore store;
    private final AlertMail mail;
    private final AlertsProperties properties;

    Notifications(AlertStore store, AlertMail mail, AlertsProperties properties) {
        this.store = store;
        this.mail = mail;
        this.properties = properties;
    }

    /** The newest first. */
    public List<Notification> of(String owner) {
        return store.notificationsOf(owner, SHOWN);
    }

    public int unread(String owner) {
        return store.unreadOf(owner);
    }

    @Transactional
    public boolean markRead(String owner, long id) {
        return store.markRead(owner, id);
    }

    @Transactional
    public int markAllRead(String owner) {
        return store.markAllRead(owner);
    }

    /** Whether an SMTP server is configured: without one, alerts are on the page and in the feed only. */
    public boolean mailConfigured() {
        return mail.configured();
    }

    /** Where the user's alerts go; before they say, no address and the configured language. */
    public Recipient recipient(String username) {
        return store.recipient(username).orElse(new Recipient(username, null, properties.language(), null));
    }

    /** Sets the address mails go to (blank: none) and their language. */
    @Transactional
    public Recipient address(String username, @Nullable String address, String language) {
        if (!language.equals("vi") && !language.equals("en")) {
            throw new InvalidInput("language", Said.of("refusal.alerts.language", Limits.shown(language)));
        }
        String trimmed = address == null ? "" : address.strip();
        if (!trimmed.isEmpty()) {
            try {
                new InternetAddress(trimmed, true).validate();
            } catch (AddressException e) {
                throw new InvalidInput("address", Said.of("refusal.alerts.address", Limits.shown(trimmed)));
            }
            if (trimmed.length() > 254 || trimmed.indexOf('@') < 1) {
                throw new InvalidInput("address", Said.of("refusal.alerts.address", Limits.shown(trimmed)));
            }
        }
        store.saveAddress(username, trimmed.isEmpty() ? null : trimmed, language);
        return recipient(username);
    }
}
