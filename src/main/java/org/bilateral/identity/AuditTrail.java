package org.bilateral.identity;

import org.jspecify.annotations.Nullable;
import java.time.Instant;
import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.beans.factory.ObjectProvider;
import tools.jackson.databind.json.JsonMapper;

/**
 * The record of who changed what: each use case that changes the record writes one entry, in its own transaction, with
 * the state before and after (records as JSON). The actor is the logged-in user of the request, or on the command line
 * the machine's user ("cli:alice"); a use case that knows better names it.
 */
@Service
public class AuditTrail {

    private final AuditStore store;
    private final ObjectProvider<JsonMapper> json;

    /**
     * The JSON mapper is asked for at the first entry written, not when the trail is made: the runners of every start
     * (the first administrator's check, the reference data's) reach this trail through their use cases, and a one-off
     * command starts lazily (workbench/LaunchArguments), so holding the mapper made Spring's JSON mapper at every command
     * that writes nothing: 0.53 s of a 9.8 s `imports` at load 7.7 (BILATERAL_STARTUP_STEPS, issue 34).
     */
    AuditTrail(AuditStore store, ObjectProvider<JsonMapper> json) {
        this.store = store;
        this.json = json;
    }

    /** One entry as shown: nothing here can change it. */
    public record Entry(long id, Instant at, String actor, String action, String subject, @Nullable String before,
            @Nullable String after) {
    }

    /** Writes an entry for a change by whoever is acting now; must run inside the change's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String subject, @Nullable Object before, @Nullable Object after) {
        record(currentActor(), action, subject, before, after);
    }

    /** Writes an entry for a change by the named actor (or, when the use case knows none, whoever is acting now). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(@Nullable String actor, String action, String subject, @Nullable Object before,
            @Nullable Object after) {
        String by = actor == null || actor.isBlank() ? currentActor() : actor;
        store.insert(by, action, subject, json(before), json(after));
    }

    /** Newest first, of one user or all (null), since a time or ever (null), at most {@code limit}. */
    public List<Entry> entries(@Nullable String actor, @Nullable Instant since, int limit) {
        return store.entries(actor, since, limit);
    }

    /** The user of this request, or on the command line the machine's user. */
    public static String currentActor() {
        var who = SecurityContextHolder.getContext().getAuthentication();
        if (who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken)) {
            return who.getName();
        }
        return "cli:" + System.getProperty("user.name", "unknown");
    }

    private @Nullable String json(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.getObject().writeValueAsString(value);
        } catch (tools.jackson.core.JacksonException e) {
            throw new IllegalStateException("cannot record " + value.getClass().getSimpleName() + " in the audit trail", e);
        }
    }
}
