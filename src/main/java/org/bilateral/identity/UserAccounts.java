package org.bilateral.identity;

import org.bilateral.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bilateral.shared.RandomText;
import org.bilateral.shared.Said;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The accounts that may log in. */
@Service
public class UserAccounts implements UserDetailsService {

    private static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9._@-]{2,64}");
    static final int MIN_PASSWORD = 12;
    static final int MAX_PASSWORD = 200;
    static final int MIN_DIFFERENT_CHARACTERS = 6;
    /** What a password must be, said the same way wherever one is refused. */
    public static final String PASSWORD_RULE = "a password has " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters, at least "
            + MIN_DIFFERENT_CHARACTERS + " of them different, and does not contain the user name";

    private final AuditTrail audit;
    private final UserAccountStore store;
    private final ApiTokenStore tokens;
    private final PasswordEncoder encoder;
    private final IdentityChanges changes;

    UserAccounts(UserAccountStore store, ApiTokenStore tokens, PasswordEncoder encoder, AuditTrail audit,
                 IdentityChanges changes) {
        this.audit = audit;
        this.changes = changes;
        this.store = store;
        this.tokens = tokens;
        this.encoder = encoder;
    }

    public record Account(String username, Role role, boolean mustChangePassword) {

        public Account(String username, Role role) {
            this(username, role, false);
        }
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return store.signedIn(username).map(UserDetails.class::cast)
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    @Transactional
    public Account create(String username, String password, Role role) {
        return create(username, password, role, false);
    }

    /** An account; with mustChangePassword its owner must choose a new password before anything else (a generated one). */
    @Transactional
    public Account create(String username, String password, Role role, boolean mustChangePassword) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidInput(Said.of("refusal.where.userName"), Said.of("refusal.identity.userNameShape"));
        }
        InvalidInput.field("password", () -> requireStrong(username, password));
        if (find(username).isPresent()) {
            throw new InvalidInput(Said.of("refusal.where.userName"), Said.of("refusal.identity.userExists", username));
        }
        store.insert(username, encoder.encode(password), role, mustChangePassword);
        // Never the password: who was added, with which role.
        audit.record("account added", "user " + username, null, new Account(username, role, mustChangePassword));
        return new Account(username, role, mustChangePassword);
    }

    /** A new account with a generated password, shown once to whoever creates it, which its owner must change first. */
    @Transactional
    public String createWithGeneratedPassword(String username, Role role) {
        String generated = generatePassword();
        create(username, generated, role, true);
        return generated;
    }

    /** Replaces a forgotten password by a generated one that must be changed at the next login. */
    @Transactional
    public String resetPassword(String username) {
        String generated = generatePassword();
        boolean updated = store.setPassword(username, encoder.encode(generated), true);
        changes.changed(username);
        if (!updated) {
            throw new InvalidInput(Said.of("refusal.where.userName"), Said.of("refusal.identity.noUser", username));
        }
        audit.record("password reset", "user " + username, null, null);
        revokeTokens(username);
        return generated;
    }

    /** 120 random bits in 20 URL-safe characters. */
    public static String generatePassword() {
        return RandomText.urlSafe(15);
    }

    /** Sets a new password; the owner's own choice, so nothing more must be changed. */
    @Transactional
    public void changePassword(String username, String password) {
        InvalidInput.field("password", () -> requireStrong(username, password));
        boolean updated = store.setPassword(username, encoder.encode(password), false);
        changes.changed(username);
        if (!updated) {
            throw new InvalidInput(Said.of("refusal.where.userName"), Said.of("refusal.identity.noUser", username));
        }
        audit.record("password changed", "user " + username, null, null);
        revokeTokens(username);
    }

    /**
     * A changed or reset password ends the account's sessions (by its credentials version) and revokes its API tokens:
     * whoever knew the old password may have made one. Its owner makes new ones on the account page.
     */
    private void revokeTokens(String username) {
        List<String> names = tokens.revokeAll(username);
        if (!names.isEmpty()) {
            audit.record("API tokens revoked", "user " + username, names, null);
        }
    }

    /** The account, and the credentials version a session of it must have logged in with to go on. */
    record Standing(Account account, long credentialsVersion) {
    }

    Optional<Standing> standing(String username) {
        return store.standing(username);
    }

    /**
     * This login as it stands after its own password change: the session that made the change goes on (every other
     * session of the account ends). Null when the account is not one of this database's.
     */
    public @Nullable Authentication renewed(Authentication who) {
        return standing(who.getName()).map(s -> {
            var renewed = UsernamePasswordAuthenticationToken.authenticated(
                    new SignedIn(who.getName(), "", who.getAuthorities(), s.credentialsVersion()), null, who.getAuthorities());
            renewed.setDetails(who.getDetails());
            return (Authentication) renewed;
        }).orElse(null);
    }

    /** Whether the password is the account's present one (asked before it is changed on the web). */
    public boolean isPassword(String username, @Nullable String password) {
        return store.passwordHash(username).map(hash -> password != null && encoder.matches(password, hash)).orElse(false);
    }

    @Transactional
    public void changeRole(String username, Role role) {
        Optional<Account> before = find(username);
        // A session of the old role ends at its next request: it would otherwise act with the old role's authorities.
        changes.changed(username);
        if (!store.setRole(username, role)) {
            throw new InvalidInput(Said.of("refusal.where.userName"), Said.of("refusal.identity.noUser", username));
        }
        audit.record("role changed", "user " + username, before.map(Account::role).orElse(null), role);
    }

    /**
     * Removes a disposable account (the API benchmark's own) with its API tokens, writing who removed it in the audit
     * trail; whether there was one. No door offers this for people's accounts, whose history the trail keeps.
     */
    @Transactional
    public boolean removeDisposable(String username) {
        Optional<Account> before = find(username);
        boolean removed = store.delete(username);
        changes.changed(username);
        if (removed) {
            audit.record("account removed", "user " + username, before.orElse(null), null);
        }
        return removed;
    }

    public boolean mustChangePassword(String username) {
        return find(username).map(Account::mustChangePassword).orElse(false);
    }

    public Optional<Account> find(String username) {
        return standing(username).map(Standing::account);
    }

    public List<Account> all() {
        return store.all();
    }

    /**
     * Refuses a weak password, saying {@link #PASSWORD_RULE} (an IllegalArgumentException, which every caller turns into
     * the password field's {@link InvalidInput}); returns the password when it will do.
     */
    static String requireStrong(String username, @Nullable String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD
                || password.chars().distinct().count() < MIN_DIFFERENT_CHARACTERS
                || password.toLowerCase(java.util.Locale.ROOT).contains(username.toLowerCase(java.util.Locale.ROOT))) {
            throw new IllegalArgumentException(PASSWORD_RULE);
        }
        return password;
    }
}
