package org.bilateral.identity;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A data slice for identity's stores: the workbench's tables on an embedded PostgreSQL of their own, migrated as the
 * workbench migrates them, with no Spring context. One database for every test class of the JVM, its accounts, tokens
 * and failed logins emptied before each test.
 */
final class IdentityDatabase {

    private static JdbcClient jdbc;

    private IdentityDatabase() {
    }

    static synchronized JdbcClient empty() {
        if (jdbc == null) {
            try {
                EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
                Flyway.configure().dataSource(pg.getPostgresDatabase()).locations("classpath:db/migration").load().migrate();
                jdbc = JdbcClient.create(pg.getPostgresDatabase());
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        pg.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        jdbc.sql("truncate login_failure, api_token, app_user cascade").update();
        return jdbc;
    }
}
