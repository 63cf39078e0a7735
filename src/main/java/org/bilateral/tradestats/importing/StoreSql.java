package org.bilateral.tradestats.importing;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the import's stores share: locks, table statistics and arrays as PostgreSQL reads them. */
final class StoreSql {

    private StoreSql() {
    }

    /** A lock held until the transaction ends, on what the key names. */
    static void lock(JdbcClient jdbc, String key) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))::text").param("key", key).query(String.class)
                .single();
    }

    /**
     * PostgreSQL plans from table statistics that autovacuum refreshes only now and then; after a large
     * import they would still describe the table before it, and the rebuild would scan where it should seek.
     * Refreshed when an import at least doubles the table: plans go wrong on statistics a whole order of magnitude
     * off, not 10 % off, and each refresh of a large table costs about a tenth of a second. Only the columns the
     * queries select by, where given: the figures' other columns cost the sampling several times as much and steer nothing.
     */
    static void refreshStatisticsIfGrown(JdbcClient jdbc, JdbcTemplate template, String table, long added,
                                         String... columns) {
        double rows = jdbc.sql("select reltuples from pg_class where oid = cast(:table as regclass)").param("table", table)
                .query(Double.class).single();
        if (rows < 0 || added > rows) {
            template.execute("analyze " + table + (columns.length == 0 ? "" : " (" + String.join(", ", columns) + ")"));
        }
    }

    /** Values that need no quoting (codes, dates, numbers) as an SQL array literal. */
    static String arrayOf(Collection<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    static Object[] concat(Object[] first, Object... rest) {
        Object[] all = Arrays.copyOf(first, first.length + rest.length, Object[].class);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }
}
