package org.bilateral;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A data slice: the workbench's tables on an embedded PostgreSQL of their own, migrated as the workbench migrates them,
 * with no Spring context, for testing a module's stores and use cases. One database for every test class of the JVM;
 * each module's helper empties the tables it tests before each test.
 */
public final class DataSlice {

    private static JdbcClient jdbc;

    private DataSlice() {
    }

    /** The migrated database, started on first use and stopped when the JVM ends. */
    public static synchronized JdbcClient migrated() {
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
        return jdbc;
    }
}
