package org.bilateral.tradestats.importing;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The upkeep SQL the import's stores share: transaction locks and the planner's table statistics. */
final class UpkeepStore {

    private UpkeepStore() {
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
}
