package org.bilateral.workbench;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * DuckDB's appender, for loading a benchmark's raw rows into the baseline ({@link DuckDbBaseline}) untimed, far faster
 * than inserts. Its driver is not on the workbench's compile path (it is test-scoped, found at run time), so the
 * appender's methods are looked up by name once and called through method handles.
 */
public final class DuckDbAppender implements AutoCloseable {

    private final Object appender;
    private final MethodHandle beginRow;
    private final MethodHandle endRow;
    private final MethodHandle appendInt;
    private final MethodHandle appendString;
    private final MethodHandle appendDecimal;
    private final MethodHandle close;

    private DuckDbAppender(Object appender) throws ReflectiveOperationException {
        this.appender = appender;
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        Class<?> type = appender.getClass();
        beginRow = lookup.findVirtual(type, "beginRow", MethodType.methodType(type));
        endRow = lookup.findVirtual(type, "endRow", MethodType.methodType(type));
        appendInt = lookup.findVirtual(type, "append", MethodType.methodType(type, int.class));
        appendString = lookup.findVirtual(type, "append", MethodType.methodType(type, String.class));
        appendDecimal = lookup.findVirtual(type, "append", MethodType.methodType(type, BigDecimal.class));
        close = lookup.findVirtual(type, "close", MethodType.methodType(void.class));
    }

    /** An appender to a table of the connection's main schema. */
    public static DuckDbAppender to(Connection duckDb, String table) throws SQLException {
        try {
            Object appender = duckDb.getClass().getMethod("createAppender", String.class, String.class).invoke(duckDb, "main", table);
            return new DuckDbAppender(appender);
        } catch (ReflectiveOperationException e) {
            throw new SQLException("DuckDB's appender is not what the benchmark expects: " + e, e);
        }
    }

    /** Appends one row, its cells in the table's column order: Integer, String or BigDecimal. */
    public void row(Object... cells) throws SQLException {
        try {
            Object unused = beginRow.invoke(appender);
            for (Object cell : cells) {
                if (cell instanceof Integer i) {
                    unused = appendInt.invoke(appender, i.intValue());
                } else if (cell instanceof String s) {
                    unused = appendString.invoke(appender, s);
                } else if (cell instanceof BigDecimal d) {
                    unused = appendDecimal.invoke(appender, d);
                } else {
                    throw new SQLException("a cell of " + cell.getClass().getSimpleName() + ": only Integer, String and BigDecimal");
                }
            }
            unused = endRow.invoke(appender);
        } catch (SQLException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new SQLException(e);
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            close.invoke(appender);
        } catch (SQLException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new SQLException(e);
        }
    }
}
