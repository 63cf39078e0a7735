package org.bilateral.tradestats.bench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The benchmark's baseline: DuckDB reading the same generated Census files into a table and answering the balance's
 * questions on those raw rows, in the same run (see workbench/DuckDbBaseline). Census JSON is an array of arrays whose
 * first row is the header: DuckDB reads it fastest as {@code read_json(files, format='array', records=false)}, every
 * row one VARCHAR[] column, the header dropped by its first field, the fields picked by their place in the bench's own
 * files (CensusJsonWriter: CTY_CODE, CTY_NAME, the commodity, the value, [CON_VAL_MO,] time, SYNTHETIC).
 */
final class DuckDbSide implements AutoCloseable {

    private static final String BY_YEAR = """
            select substr(month, 1, 4) y, sum(value_usd) filter (where flow = 'X'), sum(value_usd) filter (where flow = 'M')
            from census where cty_code = '5520' group by y order by y""";

    /** The SQL of each balance question the bench times, on the raw rows; the partner is Vietnam's Census code. */
    static final Map<String, String> BALANCE_QUERIES = Map.of(
            "balance by year, total", BY_YEAR,
            "balance by month, total", """
                    select month, sum(value_usd) filter (where flow = 'X'), sum(value_usd) filter (where flow = 'M')
                    from census where cty_code = '5520' group by month order by month""",
            "balance by quarter, chapter", """
                    select substr(month, 1, 4) y, (cast(substr(month, 6, 2) as integer) + 2) // 3 q, left(hs_code, 2) c,
                           sum(value_usd) filter (where flow = 'X'), sum(value_usd) filter (where flow = 'M')
                    from census where cty_code = '5520' group by y, q, c order by y, q, c""",
            "balance by year, heading (top 20)", """
                    select substr(month, 1, 4) y, left(hs_code, 4) c, sum(value_usd) filter (where flow = 'X') x,
                           sum(value_usd) filter (where flow = 'M') m
                    from census where cty_code = '5520' group by y, c
                    qualify row_number() over (partition by y order by coalesce(x, 0) + coalesce(m, 0) desc) <= 20
                    order by y, c""",
            "balance by month, subheading (top 20)", """
                    select month, left(hs_code, 6) c, sum(value_usd) filter (where flow = 'X') x,
                           sum(value_usd) filter (where flow = 'M') m
                    from census where cty_code = '5520' group by month, c
                    qualify row_number() over (partition by month order by coalesce(x, 0) + coalesce(m, 0) desc) <= 20
                    order by month, c""");

    private final Connection connection;

    DuckDbSide(Connection connection) {
        this.connection = connection;
    }

    /** Reads the files into the table census (replacing it); returns the seconds it took and the rows read. */
    double load(List<Path> importFiles, List<Path> exportFiles) throws SQLException {
        long start = System.nanoTime();
        try (Statement s = connection.createStatement()) {
            s.execute("create or replace table census as "
                    + flow("M", importFiles, 6) + " union all " + flow("X", exportFiles, 5));
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * One flow's files as rows of the table. The value is decimal(18, 2), exact for what the bench writes (whole dollars
     * below 10^16, the workbench's bound) and DuckDB's fast decimal: cast to decimal(38, 2) the same reading took 20
     * to 40 times as long, which would have made the baseline the slower side.
     */
    private static String flow(String flow, List<Path> files, int timeField) {
        String list = files.stream().map(f -> "'" + f.toAbsolutePath().toString().replace("'", "''") + "'")
                .collect(Collectors.joining(", ", "[", "]"));
        return "select '" + flow + "' as flow, json[1] as cty_code, json[3] as hs_code, cast(json[4] as decimal(18, 2)) as value_usd, "
                + "json[" + timeField + "] as month from read_json(" + list + ", format = 'array', records = false, "
                + "columns = {'json': 'VARCHAR[]'}) where json[1] <> 'CTY_CODE'";
    }

    long rows() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("select count(*) from census")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** US exports to and imports from Vietnam by year, summed from the raw rows: [exports, imports]. */
    Map<Integer, BigDecimal[]> yearTotals() throws SQLException {
        Map<Integer, BigDecimal[]> totals = new TreeMap<>();
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery(BY_YEAR)) {
            while (r.next()) {
                totals.put(Integer.parseInt(r.getString(1)), new BigDecimal[] {zeroIfNull(r.getBigDecimal(2)),
                    zeroIfNull(r.getBigDecimal(3))});
            }
        }
        return totals;
    }

    private static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** Answers a question, reading every row of its answer, as the workbench's answer is read whole. */
    void answer(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                for (int i = 1; i <= columns; i++) {
                    r.getObject(i);
                }
            }
        }
    }

    void drop() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("drop table if exists census");
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
