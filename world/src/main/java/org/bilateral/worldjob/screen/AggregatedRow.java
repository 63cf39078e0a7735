package org.bilateral.worldjob.screen;

import java.math.BigDecimal;
import org.apache.spark.sql.Row;
import org.jspecify.annotations.Nullable;

/**
 * One row of the job's first aggregation: a flow's lines of one year, level and subheading (and unit, where they give a
 * quantity) summed. Columns in the order {@link WorldScreen#AGGREGATED_COLUMNS} selects them.
 *
 * @param level 0 for TOTAL, else the code's digits
 * @param code  the subheading's six digits at level 6, else empty
 * @param unit  Comtrade's quantity unit code where the lines give a quantity (origin → hub and hub → destination only)
 * @param rows  how many of the store's rows it sums
 */
record AggregatedRow(String role, @Nullable String hub, int reporter, int year, int level, String code, @Nullable Integer unit,
                     BigDecimal value, @Nullable BigDecimal quantity, long rows) {

    static AggregatedRow of(Row r) {
        return new AggregatedRow(r.getString(0), r.isNullAt(1) ? null : r.getString(1), r.getInt(2), r.getInt(3), r.getInt(4),
                r.getString(5), r.isNullAt(6) ? null : r.getInt(6), r.getDecimal(7), r.isNullAt(8) ? null : r.getDecimal(8), r.getLong(9));
    }
}
