package org.bilateral.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.bilateral.WorkbenchTest;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.HsCode;
import org.bilateral.tariffs.Agreement;
import org.bilateral.tariffs.TariffFixture;
import org.bilateral.tariffs.TariffLoads;
import org.bilateral.tradestats.StatisticsImports;
import org.bilateral.tradestats.TradeStatisticsFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The preference gap on a schedule and statistics written here, every figure worked out by hand. The test's country list
 * knows US, VN, CN and MX only: the other partners of an agreement have no statistics held, as a partner whose Comtrade
 * figures were never imported.
 */
@WorkbenchTest
class PreferenceGapsTest {

    static final LocalDate IN_FORCE = GapFixture.IN_FORCE;

    @Autowired PreferenceGaps gaps;
    @Autowired TariffLoads tariffs;
    @Autowired StatisticsImports imports;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void empty() {
        TariffFixture.clear(jdbc);
        TradeStatisticsFixture.clear(jdbc);
    }

    private void schedule(Path dir) throws Exception {
        GapFixture.schedule(dir, tariffs);
    }

    private void statistics(Path dir) throws Exception {
        GapFixture.statistics(dir, imports, false);
    }

    @Test
    void theGapAveragesOverPricedLinesHonoursExceptionsAndSaysWhatIsNotKnown(@TempDir Path dir) throws Exception {
        schedule(dir);
        statistics(dir);

        PreferenceGap gap = gaps.gap(2025, IN_FORCE, 0);

        assertThat(gap.year()).isEqualTo(2025);
        assertThat(gap.synthetic()).isFalse();
        assertThat(gap.lines()).extracting(GapLine::code).containsExactly(HsCode.of("080810"), HsCode.of("010229"), HsCode.of("100199"));

        GapLine apples = gap.lines().get(0);
        // three lines under 0808.10, one unpriced (Chapter 98), left out of the averages: MFN (10 + 8) / 2 = 9, min 8, max 10
        assertThat(apples.lines()).isEqualTo(3);
        assertThat(apples.linesUnpriced()).isEqualTo(1);
        assertThat(apples.mfnAveragePercent()).isEqualByComparingTo("9");
        assertThat(apples.mfnMinPercent()).isEqualByComparingTo("8");
        assertThat(apples.mfnMaxPercent()).isEqualByComparingTo("10");
        // best per line: 0808.10.10 ACFTA 0 (CPTPP 4, Mexico 6); 0808.10.90 ACFTA "*" not eligible, CPTPP 2 (ATIGA 5):
        // (0 + 2) / 2 = 1; margin 9 − 1 = 8 points
        assertThat(apples.bestPreferencePercent()).isEqualByComparingTo("1");
        assertThat(apples.agreements()).containsExactlyInAnyOrder(Agreement.ACFTA, Agreement.CPTPP);
        assertThat(apples.favouredPartners()).contains(CountryCode.of("CN"), CountryCode.of("MX"), CountryCode.of("JP"))
                .doesNotContain(CountryCode.of("US"));
        assertThat(apples.marginPoints()).isEqualByComparingTo("8");
        // 2,000,000 × 8% = 160,000
        assertThat(apples.dutyDisadvantageUsd()).isEqualByComparingTo("160000.00");
        // the favoured partners held: China 300,000 + Mexico 50,000 = 350,000 (Japan's statistics are not held: not counted)
        assertThat(apples.favouredImportsUsd()).isEqualByComparingTo("350000");

        GapLine cattle = gap.lines().get(1);
        // one line: MFN 5, CPTPP 0 to every CPTPP partner but Mexico: margin 5; 400,000 × 5% = 20,000
        assertThat(cattle.bestPreferencePercent()).isEqualByComparingTo("0");
        assertThat(cattle.agreements()).containsExactly(Agreement.CPTPP);
        assertThat(cattle.favouredPartners()).contains(CountryCode.of("JP")).doesNotContain(CountryCode.of("MX"), CountryCode.of("CN"));
        assertThat(cattle.marginPoints()).isEqualByComparingTo("5");
        assertThat(cattle.dutyDisadvantageUsd()).isEqualByComparingTo("20000.00");
        // Mexico's 70,000 of cattle are not favoured (excepted), and no other CPTPP partner's statistics are held: not known
        assertThat(cattle.favouredImportsUsd()).isNull();

        GapLine wheat = gap.lines().get(2);
        // ACFTA and ATIGA give 5, the MFN rate; CPTPP "*": no preference, margin 0, duty 0, no favoured partners
        assertThat(wheat.bestPreferencePercent()).isNull();
        assertThat(wheat.agreements()).isEmpty();
        assertThat(wheat.favouredPartners()).isEmpty();
        assertThat(wheat.favouredImportsUsd()).isNull();
        assertThat(wheat.marginPoints()).isEqualByComparingTo("0");
        assertThat(wheat.dutyDisadvantageUsd()).isEqualByComparingTo("0");

        // cars: both lines refer to Chapter 98, never taken as zero: listed apart with their imports
        assertThat(gap.unpriced()).singleElement().satisfies(u -> {
            assertThat(u.code()).isEqualTo(HsCode.of("870323"));
            assertThat(u.lines()).isEqualTo(2);
            assertThat(u.importsFromUsUsd()).isEqualByComparingTo("500000");
        });
        // 2,000,000 + 400,000 + 3,000,000 + 500,000 = 5,900,000; 160,000 + 20,000 = 180,000
        assertThat(gap.importsFromUsUsd()).isEqualByComparingTo("5900000");
        assertThat(gap.dutyDisadvantageUsd()).isEqualByComparingTo("180000.00");

        // cheese: bought from the world, not from the US; ACFTA 0 against MFN 10, China sells 100,000: 10,000 spared.
        // Shrimp (0306.17) is not in the schedule: not listed
        assertThat(gap.competitorsOnly()).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo(HsCode.of("040690"));
            assertThat(c.importsFromUsUsd()).isEqualByComparingTo("0");
            assertThat(c.marginPoints()).isEqualByComparingTo("10");
            assertThat(c.favouredImportsUsd()).isEqualByComparingTo("100000");
            assertThat(c.competitorsSparedUsd()).isEqualByComparingTo("10000.00");
        });
    }

    @Test
    void theTopGivesTheLargestDisadvantagesAndTheTotalsStayOverEveryProduct(@TempDir Path dir) throws Exception {
        schedule(dir);
        statistics(dir);

        PreferenceGap gap = gaps.gap(2025, IN_FORCE, 1);

        assertThat(gap.lines()).extracting(GapLine::code).containsExactly(HsCode.of("080810"));
        assertThat(gap.dutyDisadvantageUsd()).isEqualByComparingTo("180000.00");
    }
}
