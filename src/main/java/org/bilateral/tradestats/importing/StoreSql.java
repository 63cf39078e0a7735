package org.bilateral.tradestats.importing;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/** What the import's stores share in building their parameters: arrays as PostgreSQL reads them. */
final class StoreSql {

    private StoreSql() {
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
