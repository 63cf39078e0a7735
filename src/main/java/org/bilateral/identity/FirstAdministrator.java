package org.bilateral.identity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start against an empty database, creates the administrator: with the password from
 * BILATERAL_ADMIN_PASSWORD, or a generated one printed this once. There is no default password.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    private final UserAccountStore store;
    private final ObjectProvider<UserAccounts> accountsWhenNeeded;
    private final String username;
    private final String password;

    /**
     * The count is asked of the store, and the use case only when there is no one: this runner runs at every start, and
     * a one-off command starts lazily (workbench/LaunchArguments), so asking for UserAccounts made it, its audit trail and
     * Spring's JSON mapper behind that at every command for a count: 0.57 s of a 13.2 s `imports` at load 9.7
     * (BILATERAL_STARTUP_STEPS, issue 34).
     */
    FirstAdministrator(UserAccountStore store, ObjectProvider<UserAccounts> accountsWhenNeeded,
                       @Value("${BILATERAL_ADMIN_USER:admin}") String username,
                       @Value("${BILATERAL_ADMIN_PASSWORD:}") String password) {
        this.store = store;
        this.accountsWhenNeeded = accountsWhenNeeded;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (store.count() != 0) {
            return;
        }
        UserAccounts accounts = accountsWhenNeeded.getObject();
        // Told on standard error: whatever command runs first, its standard output stays its own (extract --json).
        if (!password.isBlank()) {
            accounts.create(username, password, Role.ADMIN);
            System.err.println("Created the first administrator '" + username + "' with the password from BILATERAL_ADMIN_PASSWORD.");
            return;
        }
        // A password printed to a terminal or a log is not a secret any more: it opens the first login only.
        String generated = accounts.createWithGeneratedPassword(username, Role.ADMIN);
        System.err.println("Created the first administrator '" + username + "' with password: " + generated);
        System.err.println("It is shown only this once and must be changed at the first login "
                + "(or with ./bilateral users password " + username + ").");
    }
}
