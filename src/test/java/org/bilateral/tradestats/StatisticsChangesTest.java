package org.bilateral.tradestats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.bilateral.WorkbenchTest;
import org.bilateral.shared.Changes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The statistics' changes since a moment: the months imports brought after it, the balance of those both flows hold
 * against the same months a year earlier as the workbench holds them now, a month of one flow alone, and a revision.
 */
@WorkbenchTest
class StatisticsChangesTest {

    private static final String CENSUS = "US Census Bureau International Trade API";

    @Autowired StatisticsImports imports;
    @Autowired StatisticsChanges changes;
    @Autowired JdbcClient jdbc;
    @TempDir Path dir;

    @BeforeEach
    void emptyDatabase() {
        TradeStatisticsFixture.clear(jdbc);
    }

    private void load(CensusFile file, String name) {
        imports.importFile(ImportFile.of(file.writeTo(dir, name), "test"));
    }

    /** The moment of the latest import: what comes after it is new. */
    private Instant lastImport() {
        return jdbc.sql("select max(imported_at) from trade_import").query(OffsetDateTime.class).single().toInstant();
    }

    /**
     * Held before the moment: US exports to Vietnam 100 a month in Sep and Oct 2025; imports 1,000 a month (computers
     * 600 and furniture 400, two chapters). Then: exports Sep–Oct 2026 (120, 130), imports Sep–Oct 2026 (1,200 and
     * 1,300), imports of Nov 2026 alone (900), and a revision of Oct 2025's imports to 1,100.
     */
    private Instant twoMonthsAYearLaterAndARevision() {
        load(CensusFile.exports().row("5520", "120190", "100", "2025-09").row("5520", "120190", "100", "2025-10"), "x-2025.json");
        load(CensusFile.imports().row("5520", "847130", "600", "2025-09").row("5520", "940360", "400", "2025-09")
                .row("5520", "847130", "600", "2025-10").row("5520", "940360", "400", "2025-10"), "m-2025.json");
        Instant since = lastImport();
        load(CensusFile.exports().row("5520", "120190", "120", "2026-09").row("5520", "120190", "130", "2026-10"), "x-2026.json");
        load(CensusFile.imports().row("5520", "847130", "700", "2026-09").row("5520", "940360", "500", "2026-09")
                .row("5520", "847130", "800", "2026-10").row("5520", "940360", "500", "2026-10"), "m-2026.json");
        load(CensusFile.imports().row("5520", "847130", "900", "2026-11"), "m-2026-11.json");
        load(CensusFile.imports().row("5520", "847130", "700", "2025-10").row("5520", "940360", "400", "2025-10"), "m-2025-10-revised.json");
        return since;
    }

    private static Changes.Change withKey(List<Changes.Change> found, String key) {
        return found.stream().filter(c -> c.line().key().equals(key)).findFirst().orElseThrow(() -> new AssertionError(key + " in " + found));
    }

    @Test
    void theNewMonthsBalanceIsComparedWithTheSameMonthsAYearEarlierAsRevised() {
        Instant since = twoMonthsAYearLaterAndARevision();

        List<Changes.Change> found = changes.since(since);

        assertThat(found).extracting(c -> c.line().key()).containsExactlyInAnyOrder("since.statistics.deficitWider",
                "since.statistics.oneFlow", "since.statistics.revised");
        Changes.Change balance = withKey(found, "since.statistics.deficitWider");
        // Sep 2026: 120 − (700 + 500) = −1,080; Oct 2026: 130 − (800 + 500) = −1,170; together −2,250.
        // Sep 2025: 100 − 1,000 = −900; Oct 2025 as revised: 100 − (700 + 400) = −1,000; together −1,900.
        // wider by (2,250 − 1,900) / 1,900 = 350 / 1,900 = 0.18421… → 0.1842, said 18.4%
        assertThat(balance.movement()).isEqualByComparingTo("0.1842");
        assertThat(balance.line().english()).isEqualTo("Sep–Oct 2026 imported (" + CENSUS
                + "): United States goods deficit with Vietnam $2,250, 18.4% wider than Sep–Oct 2025");
        assertThat(balance.kind()).isEqualTo(Changes.Kind.STATISTICS);
        assertThat(balance.href()).isEqualTo("/balance?reporter=US&partner=VN&by=month");
        assertThat(balance.synthetic()).isFalse();
        assertThat(balance.at()).isAfter(since);
        // November's imports came without November's exports: no balance, said so
        assertThat(withKey(found, "since.statistics.oneFlow").line().english()).isEqualTo("Nov 2026 imported (" + CENSUS
                + "): United States imports from Vietnam; the other flow of these months is not held yet, so no balance");
        assertThat(withKey(found, "since.statistics.revised").line().english()).isEqualTo("Oct 2025 revised (" + CENSUS
                + "): United States statistics of trade with Vietnam");
    }

    @Test
    void nothingImportedAfterTheMomentIsNothingChanged() {
        twoMonthsAYearLaterAndARevision();

        assertThat(changes.since(lastImport())).isEmpty();
    }

    @Test
    void newMonthsWithoutBothFlowsAYearEarlierAreNotComparedAndTheVietnameseLineWritesItsFiguresItsWay() {
        Instant since = Instant.parse("2000-01-01T00:00:00Z");
        // only 2026: 1,500,000,000 − 2,750,000,000 = −1,250,000,000 in Jan–Feb 2026, with nothing of 2025 to compare
        load(CensusFile.exports().row("5520", "120190", "700000000", "2026-01").row("5520", "120190", "800000000", "2026-02"), "x.json");
        load(CensusFile.imports().row("5520", "847130", "1250000000", "2026-01").row("5520", "847130", "1500000000", "2026-02"), "m.json");

        Changes.Change line = withKey(changes.since(since), "since.statistics.noEarlier");

        assertThat(line.movement()).isNull();
        assertThat(line.line().english()).isEqualTo("Jan–Feb 2026 imported (" + CENSUS
                + "): United States goods deficit with Vietnam $1.25 bn; Jan–Feb 2025 is not held in both flows, so there is nothing to compare");
    }
}
