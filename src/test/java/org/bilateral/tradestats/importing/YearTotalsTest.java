package org.bilateral.tradestats.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YearTotalsTest {

    private static final Map<String, String> SECTIONS = Map.of("84", "XVI", "85", "XVI", "09", "II");
    private static final Map<String, String> SECTORS = Map.of("847130", "computers", "090111", "coffee");

    private static List<String> derive(YearTotals.Reported... reported) {
        return YearTotals.derive(List.of(reported), c -> SECTIONS.getOrDefault(c, YearTotals.NO_SECTION),
                        c -> SECTORS.getOrDefault(c, "other")).stream()
                .map(g -> g.freq() + " " + g.period() + " " + g.level() + " " + g.months() + " " + new java.util.TreeMap<>(g.values()))
                .toList();
    }

    private static YearTotals.Reported month(int month, int finest, Map<String, String> chapters,
                                             Map<String, String> subheadings) {
        return new YearTotals.Reported(false, LocalDate.of(2024, month, 1),
                List.of(Map.of("", sum(chapters)), decimals(chapters), Map.of(), decimals(subheadings)), finest);
    }

    private static BigDecimal sum(Map<String, String> values) {
        return values.values().stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Map<String, BigDecimal> decimals(Map<String, String> values) {
        return values.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> new BigDecimal(e.getValue())));
    }

    @Test
    void sectionsAreSummedFromChaptersAndAChapterWithoutOneCountsUnderADash() {
        assertThat(derive(month(1, 10, Map.of("84", "100", "85", "20.5", "99", "3"), Map.of("847130", "100"))))
                .contains("M 2024-01-01 section 1 {-=3, XVI=120.5}");
    }

    @Test
    void sectorsAreCutFromTheMostDetailedLevelReported() {
        assertThat(derive(month(1, 10, Map.of("84", "100", "09", "7"), Map.of("847130", "60", "847150", "40", "090111", "7"))))
                .contains("M 2024-01-01 sector 1 {coffee=7, computers=60, other=40}");
        assertThat(derive(new YearTotals.Reported(false, LocalDate.of(2024, 1, 1),
                List.of(Map.of("", new BigDecimal("7")), Map.of("09", new BigDecimal("7")), Map.of(), Map.of()), 2)))
                .as("from chapters where the statistics go no further").contains("M 2024-01-01 sector 1 {other=7}");
    }

    @Test
    void sectorsAddUpToTheTotalWithTheUndetailedRestOfASplitChapterOnItsOwnLine() {
        // Chapters at HS2: 61 5,000, 94 3,000 (8,000). HS10 lines: 940360 1,200 (furniture), 940511 300 (other goods).
        // 61 counts wholly in textiles: 5,000. 94 is split by sector codes (null): its lines go where they belong and
        // its rest, 3,000 - 1,200 - 300 = 1,500, to its own line. 5,000 + 1,200 + 300 + 1,500 = 8,000.
        Map<String, String> whole = Map.of("61", "textiles", "940360", "furniture", "940511", "other");
        List<String> totals = YearTotals.derive(List.of(month(1, 10, Map.of("61", "5000", "94", "3000"),
                        Map.of("940360", "1200", "940511", "300"))), c -> YearTotals.NO_SECTION, whole::get).stream()
                .map(g -> g.freq() + " " + g.level() + " " + new java.util.TreeMap<>(g.values())).toList();
        assertThat(totals).contains("M sector {furniture=1200, not-allocated-94=1500, other=300, textiles=5000}",
                "M total {=8000}");
    }

    @Test
    void totalsOfAllProductsHaveNoSector() {
        assertThat(derive(new YearTotals.Reported(false, LocalDate.of(2024, 1, 1),
                List.of(Map.of("", new BigDecimal("7")), Map.of(), Map.of(), Map.of()), 0)))
                .containsExactlyInAnyOrder("M 2024-01-01 total 1 {=7}", "Y 2024-01-01 total 1 {=7}");
    }

    @Test
    void theYearAddsItsMonthsAndSaysHowManyWhereMonthsExist() {
        List<String> totals = derive(
                new YearTotals.Reported(true, LocalDate.of(2024, 1, 1),
                        List.of(Map.of("", new BigDecimal("1000")), Map.of(), Map.of(), Map.of()), 0),
                month(1, 10, Map.of("84", "100"), Map.of("847130", "100")),
                month(2, 10, Map.of("84", "50.25", "09", "1"), Map.of("847130", "50.25", "090111", "1")));
        assertThat(totals).contains("A 2024-01-01 total 12 {=1000}", "Y 2024-01-01 total 2 {=151.25}",
                "Y 2024-01-01 chapter 2 {09=1, 84=150.25}", "Y 2024-01-01 sector 2 {coffee=1, computers=150.25}");
        assertThat(totals).filteredOn(t -> t.contains(" heading ")).as("no heading reported, no heading lists").isEmpty();
    }

    @Test
    void withoutMonthsTheYearIsTheYearReportedWhole() {
        assertThat(derive(new YearTotals.Reported(true, LocalDate.of(2023, 1, 1),
                List.of(Map.of("", new BigDecimal("265")), Map.of("12", new BigDecimal("265")), Map.of(), Map.of()), 2)))
                .contains("A 2023-01-01 chapter 12 {12=265}", "Y 2023-01-01 chapter 12 {12=265}");
    }
}
