package org.bilateral.identity;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
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
    static final int MIN_PASSWORD = 10;

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    UserAccounts(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    public record Account(String username, Role role) {
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("select username, password_hash, role from app_user where username = ?")
                .param(username)
                .query((rs, n) -> User.withUsername(rs.getString(1)).password(rs.getString(2))
                        .roles(rs.getString(3)).build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    @Transactional
    public Account create(String username, String password, Role role) {
        if (!USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("a user name is 2 to 64 letters, digits or . _ @ -");
        }
        requireStrong(password);
        if (find(username).isPresent()) {
            throw new IllegalArgumentException("there is already a user named " + username);
        }
        jdbc.sql("insert into app_user (username, password_hash, role) values (?, ?, ?)")
                .params(username, encoder.encode(password), role.name()).update();
        return new Account(username, role);
    }

    @Transactional
    public void changePassword(String username, String password) {
        requireStrong(password);
        int updated = jdbc.sql("update app_user set password_hash = ? where username = ?")
                .params(encoder.encode(password), username).update();
        if (updated == 0) {
            throw new IllegalArgumentException("no user named " + username);
        }
    }

    public Optional<Account> find(String username) {
        return jdbc.sql("select username, role from app_user where username = ?").param(username)
                .query((rs, n) -> new Account(rs.getString(1), Role.valueOf(rs.getString(2)))).optional();
    }

    public List<Account> all() {
        return jdbc.sql("select username, role from app_user order by username")
                .query((rs, n) -> new Account(rs.getString(1), Role.valueOf(rs.getString(2)))).list();
    }

    boolean none() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single() == 0;
    }

    private static void requireStrong(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new IllegalArgumentException("a password needs at least " + MIN_PASSWORD + " characters");
        }
    }
}
