package org.bilateral.tariffs;

import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The schedule's tables emptied between tests, and where the shared tariff files are when this checkout has them. */
public final class TariffFixture {

    /** The shared reference data, read in place: {@code ../shared/data/tariffs} beside the checkout. */
    public static final Path TARIFFS = Path.of("../shared/data/tariffs");

    public static final String ABSENT = "../shared/data/tariffs is absent: the tests of Vietnam's real tariff schedule are skipped";

    private TariffFixture() {
    }

    public static boolean tariffsThere() {
        return Files.isRegularFile(TARIFFS.resolve(TariffFiles.MFN)) && Files.isRegularFile(TARIFFS.resolve(TariffFiles.PREFERENTIAL));
    }

    public static void clear(JdbcClient jdbc) {
        jdbc.sql("truncate tariff_line, tariff_schedule cascade").update();
    }
}
