package org.bilateral.commitments.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.bilateral.WorkbenchTest;
import org.bilateral.shared.InvalidInput;
import org.bilateral.tradestats.CensusFile;
import org.bilateral.tradestats.ComtradeCsvFile;
import org.bilateral.tradestats.ImportFile;
import org.bilateral.tradestats.StatisticsImports;
import org.bilateral.tradestats.TradeStatisticsFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Targets from YAML, measured against statistics imported through the real importers. */
@WorkbenchTest
class PurchaseTargetsTest {

    static final String FARM_AND_AIRCRAFT = """
            targets:
              - code: farm-aircraft
                name: Soybeans and aircraft
                buyer: VN
                seller: US
                baseline: 2024
                basis: absolute
                counts: both
                products:
                  - group: Soybeans
                    hs: [1201]
                  - group: Aircraft
                    hs: 8802
                amounts:
                  2025: 3800
            """;

    @Autowired PurchaseTargets targets;
    @Autowired StatisticsImports imports;
    @Autowired JdbcClient jdbc;
    @TempDir Path dir;

    @BeforeEach
    void empty() {
        TradeStatisticsFixture.clear(jdbc);
        jdbc.sql("delete from purchase_target").update();
    }

    /**
     * US exports to Vietnam, 2024: soybeans January 300, February 100, then 50 a month (900); aircraft 1,000 in June;
     * 1,900 in all. 2025 through March: soybeans 450, 250, 100. Vietnam's imports from the US, 2024 only: 950 + 1,060.
     */
    void importStatistics() {
        CensusFile us = CensusFile.exports().row("5520", "120190", "300", "2024-01").row("5520", "120190", "100", "2024-02");
        for (int m = 3; m <= 12; m++) {
            us.row("5520", "120190", "50", "2024-%02d".formatted(m));
        }
        us.row("5520", "880240", "1000", "2024-06").row("5520", "851713", "7777", "2024-06")
                .row("5520", "120190", "450", "2025-01").row("5520", "120190", "250", "2025-02").row("5520", "120190", "100", "2025-03");
        imports.importFile(ImportFile.of(us.writeTo(dir, "us-exports.json"), "test"));
        imports.importFile(ImportFile.of(ComtradeCsvFile.create().row(704, 842, "M", "2024", "120190", "950")
                .row(704, 842, "M", "2024", "880240", "1060").writeTo(dir, "vn-imports.csv"), "test"));
    }

    @Test
    void attainmentFromBothSidesStatisticsSideBySide() throws IOException {
        importStatistics();
        targets.load(new StringReader(FARM_AND_AIRCRAFT), "targets.yaml", "analyst");

        Attainment a = targets.attainment("farm-aircraft");

        assertThat(a.sides()).extracting(Attainment.Side::side).containsExactly(StatisticsSide.PARTNER_EXPORTS, StatisticsSide.OUR_IMPORTS);
        Attainment.Side us = a.sides().get(0);
        assertThat(us.baselineUsd()).isEqualByComparingTo("1900");
        assertThat(us.latestMonth()).isEqualTo(YearMonth.of(2025, 3));
        assertThat(us.seasonality()).isEqualTo("baseline");
        // 3,800 × 300/1,900 = 600, × 100/1,900 = 200, × 50/1,900 = 100: 900 to date against 800 bought.
        assertThat(us.yearToDate().targetUsd()).isEqualByComparingTo("900");
        assertThat(us.yearToDate().actualUsd()).isEqualByComparingTo("800");
        assertThat(us.yearToDate().attainment()).isEqualByComparingTo("0.8889");
        assertThat(us.years().get(0).attainment()).isEqualByComparingTo("0.2105");
        assertThat(us.groups()).filteredOn(g -> g.year() == 2024).extracting(Attainment.Group::group, g -> g.actualUsd().intValue())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Soybeans", 900), org.assertj.core.groups.Tuple.tuple("Aircraft", 1000));

        Attainment.Side vn = a.sides().get(1);
        assertThat(vn.baselineUsd()).isEqualByComparingTo("2010");
        assertThat(vn.seasonality()).as("annual statistics have no months").isEqualTo("even");
        assertThat(vn.years().get(0).actualUsd()).as("Vietnam has not reported 2025").isNull();
        assertThat(vn.yearToDate()).isNull();
    }

    @Test
    void loadingTheSameFileTwiceChangesNothingAndAChangedTargetReplacesItsOldSelf() throws IOException {
        assertThat(targets.load(new StringReader(FARM_AND_AIRCRAFT), "targets.yaml", "analyst").added()).containsExactly("farm-aircraft");
        assertThat(targets.load(new StringReader(FARM_AND_AIRCRAFT), "targets.yaml", "analyst").unchanged()).containsExactly("farm-aircraft");

        PurchaseTargets.Loaded changed = targets.load(new StringReader(FARM_AND_AIRCRAFT.replace("2025: 3800", "2025: 4000")), "targets.yaml", "analyst");

        assertThat(changed.changed()).containsExactly("farm-aircraft");
        assertThat(targets.target("farm-aircraft").orElseThrow().amounts().get(2025)).isEqualByComparingTo("4000");
    }

    @Test
    void aFileWithAWrongTargetIsRefusedWholeNamingTheLine() {
        String second = """
                  - code: grains
                    name: Grains
                    buyer: VN
                    seller: US
                    baseline: 2024
                    basis: absolute
                    counts: everything
                    products:
                      - group: Corn
                        hs: [100590123]
                    amounts:
                      2025: 10
                """;
        assertThatThrownBy(() -> targets.load(new StringReader(FARM_AND_AIRCRAFT + second), "targets.yaml", "analyst"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(Object::toString).satisfiesExactly(
                        p -> assertThat(p).startsWith("targets.yaml, line 22, field counts: unknown statistics 'everything'"),
                        p -> assertThat(p).startsWith("targets.yaml, line 25, field hs: '100590123': targets cover HS chapters, headings or subheadings")));
        assertThat(targets.targets()).isEmpty();
    }

    @Test
    void amountsAndYearsOutsideTheirRangeAreRefusedByLineNeverRoundedOrWrapped() {
        String wrong = FARM_AND_AIRCRAFT.replace("2025: 3800",
                String.join("\n      ", "2025: 1e400", "2026: 0.005", "4294969296: 10", "2027: 12.50"));

        assertThatThrownBy(() -> targets.load(new StringReader(wrong), "targets.yaml", "analyst"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(Object::toString).containsExactly(
                        "targets.yaml, line 15, field amounts: 2025: '1e400' is not a number below 1,000,000,000,000,000 with at most six decimals (US dollars)",
                        "targets.yaml, line 16, field amounts: '0.005' has more decimals than cents",
                        "targets.yaml, line 17, field amounts: '4294969296' is not a year from 2000 to 2100"));
        assertThat(targets.targets()).isEmpty();
    }

    @Test
    void aBaselineBeforeTheStatisticsBothSidesPublishOrANameEndingInAControlCharacterIsRefusedByItsField() {
        String wrong = FARM_AND_AIRCRAFT.replace("baseline: 2024", "baseline: 1999")
                .replace("name: Soybeans and aircraft", "name: \"Soybeans and aircraft\\t\"")
                .replace("group: Aircraft", "group: \"Aircraft\\n\"");

        assertThatThrownBy(() -> targets.load(new StringReader(wrong), "targets.yaml", "analyst"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(Object::toString).containsExactly(
                        "targets.yaml, line 3, field name: holds the character U+0009 at position 22 (a control character)",
                        "targets.yaml, line 6, field baseline: '1999' is not a baseline year from 2000 to 2099",
                        "targets.yaml, line 12, field group: holds the character U+000A at position 9 (a control character)"));
        assertThat(targets.targets()).isEmpty();
    }

    @Test
    void aTargetBuiltWithABaselineBeforeTheStatisticsIsRefusedSayingTheRange() {
        assertThatThrownBy(() -> new PurchaseTarget("grain", "Grain", org.bilateral.shared.CountryCode.of("VN"),
                org.bilateral.shared.CountryCode.of("US"), 1999, PurchaseTarget.Basis.ABSOLUTE, PurchaseTarget.Counts.BOTH,
                java.util.List.of(PurchaseTarget.CoveredProduct.hs("Corn", "1005")), new java.util.TreeMap<>(java.util.Map.of(2025, java.math.BigDecimal.TEN)), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("baseline: '1999' is not a baseline year from 2000 to 2099");
    }

    @Test
    void anHsCodeWhoseLinesASectorOfTheSameTargetCountsIsRefusedNamingBothGroups() {
        // aircraft's lines 8802 and 880240 are in the sector aircraft: its 1,000 of June 2024 would be counted twice
        String planes = FARM_AND_AIRCRAFT.replace("hs: 8802", "sectors: [aircraft]\n      - group: Planes\n        hs: 8802");
        assertThatThrownBy(() -> targets.load(new StringReader(planes), "targets.yaml", "analyst"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(Object::toString).containsExactly(
                        "targets.yaml, target farm-aircraft, field products: HS 8802 (group Planes) and sector aircraft (group Aircraft) "
                                + "overlap: the sector counts lines of that code, so the target would count the same trade twice"));
        assertThat(targets.targets()).isEmpty();
        // a chapter holding a sector's heading overlaps it too: 1201 and 120190 are the sector soybeans
        String chapter = FARM_AND_AIRCRAFT.replace("hs: [1201]", "sectors: [soybeans]").replace("hs: 8802", "hs: [12, 8802]");
        assertThatThrownBy(() -> targets.load(new StringReader(chapter), "targets.yaml", "analyst")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("HS 12 (group Aircraft) and sector soybeans (group Soybeans) overlap");
    }

    @Test
    void anHsCodeBesideASectorItHasNoLineInCountsEachOnce() throws IOException {
        importStatistics();
        targets.load(new StringReader(FARM_AND_AIRCRAFT.replace("hs: [1201]", "sectors: [soybeans]")), "targets.yaml", "analyst");
        Attainment.Side us = targets.attainment("farm-aircraft").sides().get(0);
        // 2024: soybeans 300 + 100 + 10 x 50 = 900 by their sector, aircraft 1,000 by HS 8802: 1,900, the baseline once
        assertThat(us.baselineUsd()).isEqualByComparingTo("1900");
        assertThat(us.groups()).filteredOn(g -> g.year() == 2024).extracting(Attainment.Group::group, g -> g.actualUsd().intValue())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Soybeans", 900), org.assertj.core.groups.Tuple.tuple("Aircraft", 1000));
    }

    @Test
    void twoHsCodesOneInsideTheOtherAreRefusedNamingBothGroups() {
        assertThatThrownBy(() -> targets.load(new StringReader(FARM_AND_AIRCRAFT.replace("hs: 8802", "hs: [120190]")), "targets.yaml",
                "analyst")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("HS 1201 (group Soybeans) and HS 120190 (group Aircraft) overlap: the target would count the same trade twice");
    }

    @Test
    void aTargetsFileThatIsNotUtf8IsRefusedByItsName() throws IOException {
        Path latin1 = Files.write(dir.resolve("latin1.yaml"),
                FARM_AND_AIRCRAFT.replace("Soybeans and aircraft", "Soja et avions à réaction").getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> targets.loadFile(latin1, "latin1.yaml", "analyst")).isInstanceOf(InvalidInput.class)
                .hasMessage("latin1.yaml: the file is not UTF-8 text");
    }
}
