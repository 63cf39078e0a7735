package org.bilateral.workbench;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

/**
 * DuckDB, the benchmarks' baseline: the same files read and the same questions answered by a column store beside the
 * workbench, in the same run, so that a benchmark prints a ratio rather than a time the machine's load decides.
 *
 * <p>DuckDB is not part of the workbench: its driver (70 MB of native libraries) is test-scoped and copied by the build
 * into {@code target/bench-lib}, which the launcher names in {@code BILATERAL_BENCH_LIB}. It is found on the class path
 * first (the tests), then in that folder; without either a benchmark says so and prints its own figures alone.
 */
public final class DuckDbBaseline {

    private static final String DRIVER = "org.duckdb.DuckDBDriver";

    private DuckDbBaseline() {
    }

    /** An in-memory DuckDB database, or empty (with the reason on standard error) when its driver is nowhere. */
    public static Optional<Connection> open() {
        try {
            return Optional.of(driver().connect("jdbc:duckdb:", new Properties()));
        } catch (SQLException | ReflectiveOperationException | java.net.MalformedURLException e) {
            System.err.println("DuckDB baseline not measured: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static Driver driver() throws SQLException, ReflectiveOperationException, java.net.MalformedURLException {
        try {
            return DriverManager.getDriver("jdbc:duckdb:");
        } catch (SQLException notOnClassPath) {
            String lib = System.getenv("BILATERAL_BENCH_LIB");
            Path jar = lib == null || lib.isBlank() ? null : Path.of(lib, "duckdb_jdbc.jar");
            if (jar == null || !Files.isRegularFile(jar)) {
                throw new SQLException("its driver is neither on the class path nor in BILATERAL_BENCH_LIB "
                        + "(target/bench-lib/duckdb_jdbc.jar, which ./mvnw package writes)", notOnClassPath);
            }
            // Kept open for the process's life: the driver's classes and native library stay loaded while it is used.
            URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, DuckDbBaseline.class.getClassLoader());
            return (Driver) Class.forName(DRIVER, true, loader).getDeclaredConstructor().newInstance();
        }
    }
}
