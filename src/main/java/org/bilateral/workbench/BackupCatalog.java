package org.bilateral.workbench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a backup asks the database's catalog: the tables of the record in the order their keys allow, the sequences, the
 * schema version Flyway reached, a table's rows. Every name it writes into SQL is quoted here.
 */
final class BackupCatalog {

    private BackupCatalog() {
    }

    /**
     * The tables of the record: every ordinary and unlogged table of the schema but Flyway's own history, each after the
     * tables its foreign keys point to, so that a restore that must check the keys finds every row's parent in place.
     */
    static List<String> tables(Connection connection) throws SQLException {
        Map<String, Set<String>> parents = new java.util.TreeMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relkind in ('r', 'p') and c.relname <> 'flyway_schema_history'""")) {
            while (rs.next()) {
                parents.put(rs.getString(1), new TreeSet<>());
            }
        }
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("""
                select child.relname, parent.relname from pg_constraint k
                join pg_class child on child.oid = k.conrelid join pg_class parent on parent.oid = k.confrelid
                join pg_namespace n on n.oid = child.relnamespace
                where k.contype = 'f' and n.nspname = current_schema() and child.oid <> parent.oid""")) {
            while (rs.next()) {
                if (parents.containsKey(rs.getString(1)) && parents.containsKey(rs.getString(2))) {
                    parents.get(rs.getString(1)).add(rs.getString(2));
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < parents.size()) {
            String next = parents.entrySet().stream().filter(e -> !ordered.contains(e.getKey()))
                    .filter(e -> ordered.containsAll(e.getValue())).map(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the tables' foreign keys form a cycle"));
            ordered.add(next);
        }
        return ordered;
    }

    /** Each sequence as setval() takes it back: "its value, whether it was used" ("42,true"; "1,false" if never). */
    static Map<String, String> sequences(Connection connection) throws SQLException {
        Map<String, String> values = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("""
                select sequencename, last_value, min_value from pg_sequences where schemaname = current_schema()""")) {
            while (rs.next()) {
                long value = rs.getLong(2);
                boolean used = !rs.wasNull() && value >= rs.getLong(3);
                values.put(rs.getString(1), used ? value + ",true" : rs.getLong(3) + ",false");
            }
        }
        return values;
    }

    static String schemaVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("""
                select version from flyway_schema_history where success and version is not null
                order by installed_rank desc limit 1""")) {
            return rs.next() ? rs.getString(1) : "none";
        }
    }

    static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select count(*) from " + quoted(table))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
