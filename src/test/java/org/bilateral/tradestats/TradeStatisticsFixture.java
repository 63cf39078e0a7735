package org.bilateral.tradestats;

import java.nio.file.Path;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A small, hand-countable Vietnam–US trade history used by the statistics tests. */
public final class TradeStatisticsFixture {

    private TradeStatisticsFixture() {
    }

    /** Empties every statistics table, so each test starts from a workbench with reference data only. */
    public static void clear(JdbcClient jdbc) {
        jdbc.sql("truncate trade_import, trade_figure, trade_figure_replaced, trade_slice, trade_total_list, trade_quantity, published_figure, "
                + "published_figure_replaced, state_trade, state_trade_import cascade").update();
    }

    /** US imports from Vietnam: 2023 = 2,300 (Jan 1,500, Feb 800); 2024 = 1,500. One EU row and one China row besides. */
    public static Path usImports(Path dir) {
        return CensusFile.imports()
                .row("5520", "847130", "1000", "2023-01")
                .row("5520", "851713", "500", "2023-01")
                .row("5520", "847130", "800", "2023-02")
                .row("5520", "847130", "1200", "2024-01")
                .row("5520", "940360", "300", "2024-01")
                .row("0003", "847130", "77777", "2024-01")
                .row("5700", "847130", "9999", "2024-01")
                .writeTo(dir, "us-imports.json");
    }

    /** US exports to Vietnam: 2023 = 400 (aircraft); 2024 = 350 (soybeans 250, aircraft 100). */
    static Path usExports(Path dir) {
        return CensusFile.exports()
                .row("5520", "880240", "400", "2023-01")
                .row("5520", "120190", "250", "2024-01")
                .row("5520", "880240", "100", "2024-01")
                .writeTo(dir, "us-exports.json");
    }

    /** Vietnam's statistics for 2024: exports to the US 1,350; imports from the US 371, valued CIF. */
    static Path vietnam2024(Path dir) {
        return ComtradeCsvFile.create()
                .row(704, 842, "X", "2024", "847130", "1100")
                .row(704, 842, "X", "2024", "940360", "250")
                .row(704, 842, "M", "2024", "120190", "265")
                .row(704, 842, "M", "2024", "880240", "106")
                .row(704, 0, "X", "2024", "TOTAL", "999999")
                .writeTo(dir, "vietnam-2024.csv");
    }
}
