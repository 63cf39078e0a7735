package org.bilateral.identity;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A data slice for identity's stores: the workbench's tables on an embedded PostgreSQL of their own, migrated as the
 * workbench migrates them, with no Spring context. One database for every test class of the JVM, its accounts, tokens
 * and failed logins emptied before each test.
 */
final class IdentityDatabase {

    private IdentityDatabase() {
    }

    static synchronized JdbcClient empty() {
        JdbcClient jdbc = org.bilateral.DataSlice.migrated();
        jdbc.sql("truncate login_failure, api_token, app_user cascade").update();
        return jdbc;
    }
}
