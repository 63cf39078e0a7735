package org.bilateral.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Repository;

/** The SQL behind the accounts: app_user, its password hashes and the credentials version sessions are checked by. */
@Repository
class UserAccountStore {

    private final JdbcClient jdbc;

    UserAccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account as a login sees it: its hash, role and credentials version. */
    Optional<SignedIn> signedIn(String username) {
        return jdbc.sql("select username, password_hash, role, credentials_version from app_user where username = :username")
                .param("username", username)
                .query((rs, n) -> new SignedIn(rs.getString(1), rs.getString(2),
                        List.of(new SimpleGrantedAuthority(Role.valueOf(rs.getString(3)).authority())), rs.getLong(4)))
                .optional();
    }

    void insert(String username, String passwordHash, Role role, boolean mustChangePassword) {
        jdbc.sql("""
                insert into app_user (username, password_hash, role, must_change_password)
                values (:username, :hash, :role, :mustChange)""")
                .param("username", username).param("hash", passwordHash).param("role", role.name())
                .param("mustChange", mustChangePassword).update();
    }

    /** Sets the password hash and ends the account's sessions; whether there is such an account. */
    boolean setPassword(String username, String passwordHash, boolean mustChangePassword) {
        return jdbc.sql("""
                update app_user set password_hash = :hash, must_change_password = :mustChange,
                    credentials_version = credentials_version + 1 where username = :username""")
                .param("hash", passwordHash).param("mustChange", mustChangePassword).param("username", username)
                .update() > 0;
    }

    /** Gives the account a role, ending its sessions when the role changes; whether there is such an account. */
    boolean setRole(String username, Role role) {
        return jdbc.sql("""
                update app_user set role = :role, credentials_version = credentials_version + case when role = :role then 0 else 1 end
                where username = :username""")
                .param("role", role.name()).param("username", username).update() > 0;
    }

    Optional<UserAccounts.Standing> standing(String username) {
        return jdbc.sql("""
                select username, role, must_change_password, credentials_version from app_user where username = :username""")
                .param("username", username)
                .query((rs, n) -> new UserAccounts.Standing(new UserAccounts.Account(rs.getString(1), Role.valueOf(rs.getString(2)),
                        rs.getBoolean(3)), rs.getLong(4)))
                .optional();
    }

    Optional<String> passwordHash(String username) {
        return jdbc.sql("select password_hash from app_user where username = :username").param("username", username)
                .query(String.class).optional();
    }

    List<UserAccounts.Account> all() {
        return jdbc.sql("select username, role, must_change_password from app_user order by username")
                .query((rs, n) -> new UserAccounts.Account(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getBoolean(3)))
                .list();
    }

    long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    /** Removes the account, and with it its API tokens (cascade); whether there was one. */
    boolean delete(String username) {
        return jdbc.sql("delete from app_user where username = :username").param("username", username).update() > 0;
    }
}
