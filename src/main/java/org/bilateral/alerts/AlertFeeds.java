package org.bilateral.alerts;

import org.bilateral.shared.Sha256;
import java.util.Optional;
import org.bilateral.identity.AuditTrail;
import org.bilateral.shared.RandomText;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case: the token in the address of a user's Atom feed. A feed reader cannot log in, so the feed is reached with a
 * token of its own in its address rather than an API token: an address travels (a reader's cloud, a proxy's log), and
 * what leaks with it then reads this user's alerts and nothing else, never the API with the account's role. A user has
 * one live feed token; making a new one revokes the old; only its SHA-256 is kept.
 */
@Service
public class AlertFeeds {

    /** What every feed token starts with, so that one pasted into the wrong place is recognised. */
    static final String PREFIX = "blf_";

    private final AlertStore store;
    private final AlertsProperties properties;
    private final AuditTrail audit;

    AlertFeeds(AlertStore store, AlertsProperties properties, AuditTrail audit) {
        this.store = store;
        this.properties = properties;
        this.audit = audit;
    }

    /** A new token for the user's feed, replacing any before it: the only time it is seen. */
    @Transactional
    public String newToken(String username) {
        String secret = PREFIX + RandomText.urlSafe(32);
        store.saveFeedToken(username, Sha256.hex(secret), language(username));
        audit.record(username, "alert feed token made", "user " + username, null, null);
        return secret;
    }

    /** Revokes the user's feed token: the feed's address stops working at once. */
    @Transactional
    public void revoke(String username) {
        store.saveFeedToken(username, null, language(username));
        audit.record(username, "alert feed token revoked", "user " + username, null, null);
    }

    /** The user whose live token this is; none for no token, a revoked one or one never made. */
    public Optional<String> owner(@Nullable String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return store.feedOwner(Sha256.hex(token));
    }

    private String language(String username) {
        return store.recipient(username).map(Recipient::language).orElse(properties.language());
    }

}
