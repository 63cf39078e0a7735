package org.bilateral.workbench;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.jspecify.annotations.Nullable;

/**
 * Where Bilateral keeps its state and which database it uses.
 *
 * @param home        folder for all state (embedded database, logs); BILATERAL_HOME, default ~/.bilateral
 * @param db          the database: an external server by URL, or the embedded one on a local port
 */
@ConfigurationProperties("bilateral")
public record WorkbenchProperties(Path home, Database db) {

    public WorkbenchProperties {
        if (home == null) {
            home = Path.of(System.getProperty("user.home"), ".bilateral");
        }
        if (db == null) {
            db = new Database(null, null, null, 54329, false, false);
        }
    }

    /**
     * @param url       JDBC URL of an external PostgreSQL (BILATERAL_DB_URL or --db-url); blank for embedded
     * @param ephemeral an embedded database in a temporary folder, dropped on exit (tests)
     * @param expendable the benchmark's own database, which trades durability for speed; the workbench's never does
     */
    public record Database(@Nullable String url, @Nullable String username, @Nullable String password, int port, boolean ephemeral,
            boolean expendable) {

        public boolean external() {
            return url != null && !url.isBlank();
        }
    }
}
