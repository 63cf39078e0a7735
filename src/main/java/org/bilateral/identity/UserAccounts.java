package org.bilateral.identity;

import org.bilateral.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bilateral.shared.RandomText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
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
    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    UserAccounts(JdbcClient jdbc, PasswordEncoder encoder, AuditTrail audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    public record Account(String username, Role role, boolean mustChangePassword) {

        public Account(String username, Role role) {
            this(username, role, false);
        }
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("select username, password_hash, role, credentials_version from app_user where username = ?")
                .param(username)
                .query((rs, n) -> (UserDetails) new SignedIn(rs.getString(1), rs.getString(2),
                        List.of(new SimpleGrantedAuthority(Role.valueOf(rs.getString(3)).authority())), rs.getLong(4)))
                .optional()
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
            throw new InvalidInput("user name", "a user name is 2 to 64 letters, digits or . _ @ -");
        }
        InvalidInput.field("password", () -> requireStrong(username, password));
        if (find(username).isPresent()) {
            throw new InvalidInput("user name", "there is already a user named " + username);
        }
        jdbc.sql("insert into app_user (username, password_hash, role, must_change_password) values (?, ?, ?, ?)")
                .params(username, encoder.encode(password), role.name(), mustChangePassword).update();
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
        int updated = jdbc.sql("""
                update app_user set password_hash = ?, must_change_password = true,
                    credentials_version = credentials_version + 1 where username = ?""")
                .params(encoder.encode(generated), username).update();
        if (updated == 0) {
            throw new InvalidInput("user name", "no user named " + username);
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
        int updated = jdbc.sql("""
                update app_user set password_hash = ?, must_change_password = false,
                    credentials_version = credentials_version + 1 where username = ?""")
                .params(encoder.encode(password), username).update();
        if (updated == 0) {
            throw new InvalidInput("user name", "no user named " + username);
        }
        audit.record("password changed", "user " + username, null, null);
        revokeTokens(username);
    }

    /**
     * A changed or reset password ends the account's sessions (by its credentials version) and revokes its API tokens:
     * whoever knew the old password may have made one. Its owner makes new ones on the account page.
     */
    private void revokeTokens(String username) {
        List<String> names = jdbc.sql("""
                update api_token set revoked_at = now() where username = ? and revoked_at is null returning name""")
                .param(username).query(String.class).list();
        if (!names.isEmpty()) {
            audit.record("API tokens revoked", "user " + username, names, null);
        }
    }

    /** The account, and the credentials version a session of it must have logged in with to go on. */
    record Standing(Account account, long credentialsVersion) {
    }

    Optional<Standing> standing(String username) {
        return jdbc.sql("select username, role, must_change_password, credentials_version from app_user where username = ?")
                .param(username)
                .query((rs, n) -> new Standing(new Account(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getBoolean(3)),
                        rs.getLong(4)))
                .optional();
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
        return jdbc.sql("select password_hash from app_user where username = ?").param(username).query(String.class)
                .optional().map(hash -> password != null && encoder.matches(password, hash)).orElse(false);
    }

    @Transactional
    public void changeRole(String username, Role role) {
        Optional<Account> before = find(username);
        // A session of the old role ends at its next request: it would otherwise act with the old role's authorities.
        if (jdbc.sql("""
                update app_user set role = ?, credentials_version = credentials_version + case when role = ? then 0 else 1 end
                where username = ?""").params(role.name(), role.name(), username).update() == 0) {
            throw new InvalidInput("user name", "no user named " + username);
        }
        audit.record("role changed", "user " + username, before.map(Account::role).orElse(null), role);
    }

    public boolean mustChangePassword(String username) {
        return jdbc.sql("select must_change_password from app_user where username = ?").param(username)
                .query(Boolean.class).optional().orElse(false);
    }

    public Optional<Account> find(String username) {
        return standing(username).map(Standing::account);
    }

    public List<Account> all() {
        return jdbc.sql("select username, role, must_change_password from app_user order by username")
                .query((rs, n) -> new Account(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getBoolean(3))).list();
    }

    boolean none() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single() == 0;
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
