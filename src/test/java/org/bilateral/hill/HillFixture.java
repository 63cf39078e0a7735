package org.bilateral.hill;

import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The Hill's tables emptied between tests, and where the shared congress and geo files are when this checkout has them. */
public final class HillFixture {

    /** The shared reference data, read in place: {@code ../shared/data} beside the checkout. */
    public static final Path SHARED = Path.of("../shared/data");
    public static final Path CONGRESS = SHARED.resolve("congress");

    private HillFixture() {
    }

    public static boolean congressThere() {
        return Files.isRegularFile(CONGRESS.resolve("legislators-current.csv"))
                && Files.isRegularFile(CONGRESS.resolve("committees-current.csv"))
                && Files.isRegularFile(CONGRESS.resolve("committee-membership.csv"));
    }

    public static final String ABSENT = "../shared/data/congress is absent: the tests of the real congress files are skipped";

    public static void clear(JdbcClient jdbc) {
        jdbc.sql("truncate hill_person_link, hill_person_checked, committee_seat, committee, legislator, hill_load restart identity cascade")
                .update();
    }
}
