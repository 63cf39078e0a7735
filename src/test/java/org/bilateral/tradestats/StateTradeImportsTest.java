package org.bilateral.tradestats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bilateral.WorkbenchTest;
import org.bilateral.identity.AuditTrail;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.UsState;
import org.bilateral.tradestats.StateTrade.StateChange;
import org.bilateral.tradestats.StateTrade.StateYear;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A downloaded Census {@code statehs} answer through the one import ({@code bilateral import}, the Imports page): files in
 * the API's layout (a JSON array of string arrays, header first, the predicates after the variables asked, totals rows
 * of "-" mixed in with the detail).
 */
@WorkbenchTest
class StateTradeImportsTest {

    static final CountryCode VN = CountryCode.of("VN");
    static final String HEADER = "[[\"STATE\",\"CTY_CODE\",\"CTY_NAME\",\"E_COMMODITY\",\"ALL_VAL_MO\",\"COMM_LVL\",\"time\"],\n";

    @Autowired StatisticsImports imports;
    @Autowired StateTrade stateTrade;
    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;
    @TempDir Path dir;
    /** The audit trail is kept across tests: each reads only its own entries. */
    private java.time.Instant started = java.time.Instant.now();

    @BeforeEach
    void emptyDatabase() {
        started = java.time.Instant.now();
        TradeStatisticsFixture.clear(jdbc);
        jdbc.sql("truncate state_trade, state_trade_import").update();
    }

    /** January 2025's exports to Vietnam by state at HS6: four states' rows and three totals. */
    private Path january(String name, String iowa) {
        return write(name, HEADER
                + "[\"-\",\"5520\",\"VIETNAM\",\"-\",\"525000\",\"HS6\",\"2025-01\"],\n"
                + "[\"WA\",\"5520\",\"VIETNAM\",\"880240\",\"200000\",\"HS6\",\"2025-01\"],\n"
                + "[\"IA\",\"5520\",\"VIETNAM\",\"-\",\"" + iowa + "\",\"HS6\",\"2025-01\"],\n"
                + "[\"IA\",\"5520\",\"VIETNAM\",\"120190\",\"" + iowa + "\",\"HS6\",\"2025-01\"],\n"
                + "[\"-\",\"5520\",\"VIETNAM\",\"120190\",\"305000\",\"HS6\",\"2025-01\"],\n"
                + "[\"IL\",\"5520\",\"VIETNAM\",\"120190\",\"120000\",\"HS6\",\"2025-01\"],\n"
                + "[\"XX\",\"5520\",\"VIETNAM\",\"120190\",\"5000\",\"HS6\",\"2025-01\"]]\n");
    }

    @Test
    void aStatehsAnswerIsImportedByStateWithItsTotalsLeftOutAndCounted() {
        ImportReport report = imports.importFile(ImportFile.of(january("exports-statehs-2025-01.json", "180000"), "analyst"));

        // 7 rows: 3 totals ("-" state or commodity) left out, 4 stored
        assertThat(report.figures()).isEqualTo(4);
        assertThat(report.skipped()).containsEntry(StateTradeImports.TOTALS_DROPPED, 3);
        assertThat(report.format()).contains("statehs");
        assertThat(report.dataset()).isEqualTo("US exports by state, VN, 2025-01, HS6");
        // the detail adds up to the file's all-states all-products row, 200,000 + 180,000 + 120,000 + 5,000 = 505,000, which
        // is left out so that January is 505,000 and not 1,010,000; XX (unidentified) is its own row
        assertThat(stateTrade.yearOnYear(VN, Flow.EXPORT, 2025, List.of())).containsExactly(
                new StateChange("WA", new BigDecimal("200000.00"), null, 1),
                new StateChange("IA", new BigDecimal("180000.00"), null, 1),
                new StateChange("IL", new BigDecimal("120000.00"), null, 1),
                new StateChange("XX", new BigDecimal("5000.00"), null, 1));
        assertThat(stateTrade.synthetic(VN)).isFalse();
        assertThat(audit.entries("analyst", started, 10)).singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo("state trade imported"));
    }

    @Test
    void theSameFileAgainStoresNothing() {
        Path file = january("exports-statehs-2025-01.json", "180000");
        ImportReport first = imports.importFile(ImportFile.of(file, "analyst"));
        ImportReport again = imports.importFile(ImportFile.of(file, "analyst"));

        assertThat(again.alreadyImported()).isTrue();
        assertThat(again.importId()).isEqualTo(first.importId());
        assertThat(count("state_trade_import")).isEqualTo(1);
        assertThat(count("state_trade")).isEqualTo(4);
        assertThat(audit.entries("analyst", started, 10)).hasSize(1);
    }

    @Test
    void aChangedAnswerForAMonthHeldBecomesCurrentAndTheOldIsKept() {
        imports.importFile(ImportFile.of(january("exports-statehs-2025-01.json", "180000"), "analyst"));
        ImportReport revised = imports.importFile(ImportFile.of(january("exports-statehs-2025-01-revised.json", "190000"), "analyst"));

        // the old answer's 4 rows are replaced by the new one's 4, and kept: 8 rows stored, 2 answers, 1 current
        assertThat(revised.replaced()).isEqualTo(4);
        assertThat(count("state_trade")).isEqualTo(8);
        assertThat(jdbc.sql("select count(*) from state_trade_import where replaced_by is null").query(Long.class).single()).isEqualTo(1);
        // Iowa's January is the revised 190,000, not 180,000 nor 370,000
        assertThat(stateTrade.years(UsState.of("IA"), VN, Flow.EXPORT)).containsExactly(new StateYear(2025, new BigDecimal("190000.00"), 1));
    }

    @Test
    void anImportsAnswerIsByStateOfDestination() {
        Path file = write("imports-statehs-2025-03.json",
                "[[\"STATE\",\"CTY_CODE\",\"I_COMMODITY\",\"GEN_VAL_MO\",\"CON_VAL_MO\",\"COMM_LVL\",\"time\"],\n"
                        + "[\"CA\",\"5520\",\"8471\",\"900000\",\"880000\",\"HS4\",\"2025-03\"],\n"
                        + "[\"CA\",\"5520\",\"9403\",\"100000\",\"100000\",\"HS4\",\"2025-03\"],\n"
                        + "[\"TX\",\"5520\",\"8471\",\"300000\",\"290000\",\"HS4\",\"2025-03\"]]");
        imports.importFile(ImportFile.of(file, "analyst"));

        // general imports (GEN_VAL_MO), not for consumption: CA 900,000 + 100,000 = 1,000,000 in the one month held
        assertThat(stateTrade.years(UsState.of("CA"), VN, Flow.IMPORT)).containsExactly(new StateYear(2025, new BigDecimal("1000000.00"), 1));
        assertThat(stateTrade.years(UsState.of("CA"), VN, Flow.EXPORT)).isEmpty();
        assertThat(stateTrade.latestYear(VN, Flow.IMPORT)).contains(new StateTrade.HeldYear(2025, 1));
    }

    @Test
    void aFileWithoutTheMonthlyValueIsRefusedByItsColumn() {
        Path file = write("year-to-date.json", "[[\"STATE\",\"CTY_CODE\",\"E_COMMODITY\",\"ALL_VAL_YR\",\"time\"],\n"
                + "[\"WA\",\"5520\",\"880240\",\"200000\",\"2025-01\"]]");
        assertRefused(file, "year-to-date.json", "line 1", "ALL_VAL_MO");
    }

    @Test
    void aFileWithoutTimeIsRefusedByItsColumn() {
        Path file = write("no-time.json", "[[\"STATE\",\"CTY_CODE\",\"E_COMMODITY\",\"ALL_VAL_MO\",\"YEAR\"],\n"
                + "[\"WA\",\"5520\",\"880240\",\"200000\",\"2025\"]]");
        assertRefused(file, "no-time.json", "line 1", "time");
    }

    @Test
    void negativeAndFractionalAndWordValuesAreRefusedEachByLineAndField() {
        Path file = write("bad-values.json", HEADER
                + "[\"WA\",\"5520\",\"VIETNAM\",\"880240\",\"-200000\",\"HS6\",\"2025-01\"],\n"
                + "[\"IA\",\"5520\",\"VIETNAM\",\"120190\",\"12.5\",\"HS6\",\"2025-01\"],\n"
                + "[\"IL\",\"5520\",\"VIETNAM\",\"120190\",\"many\",\"HS6\",\"2025-01\"],\n"
                + "[\"TX\",\"5520\",\"VIETNAM\",\"120190\",\"100\",\"HS6\",\"\"]]");
        List<String> problems = refused(file);
        assertThat(problems).hasSize(4);
        assertThat(problems.get(0)).contains("bad-values.json").contains("line 2").contains("ALL_VAL_MO").contains("-200000");
        assertThat(problems.get(1)).contains("line 3").contains("ALL_VAL_MO").contains("12.5");
        assertThat(problems.get(2)).contains("line 4").contains("ALL_VAL_MO").contains("many");
        // a row without its month in a file of January's
        assertThat(problems.get(3)).contains("line 5").contains("time").contains("2025-01");
        assertNothingStored();
    }

    @Test
    void aFileOfTwoMonthsIsRefusedAtTheRowOfTheSecond() {
        Path file = write("two-months.json", HEADER
                + "[\"WA\",\"5520\",\"VIETNAM\",\"880240\",\"200000\",\"HS6\",\"2025-01\"],\n"
                + "[\"WA\",\"5520\",\"VIETNAM\",\"880240\",\"300000\",\"HS6\",\"2025-02\"]]");
        assertRefused(file, "two-months.json", "line 3", "time");
        assertThat(refused(file).get(0)).contains("2025-02").contains("2025-01");
    }

    @Test
    void aCountryWithoutACensusCodeOrASecondCountryIsRefused() {
        assertRefused(write("nowhere.json", HEADER + "[\"WA\",\"9999\",\"X\",\"880240\",\"200000\",\"HS6\",\"2025-01\"]]"),
                "nowhere.json", "line 2", "CTY_CODE");
        assertRefused(write("two-countries.json", HEADER
                        + "[\"WA\",\"5520\",\"VIETNAM\",\"880240\",\"200000\",\"HS6\",\"2025-01\"],\n"
                        + "[\"WA\",\"5700\",\"CHINA\",\"880240\",\"200000\",\"HS6\",\"2025-01\"]]"),
                "two-countries.json", "line 3", "CTY_CODE");
        // a code of another level than the first row's, and HS10, which Census never gives by state
        assertRefused(write("two-levels.json", HEADER
                        + "[\"WA\",\"5520\",\"VIETNAM\",\"880240\",\"200000\",\"HS6\",\"2025-01\"],\n"
                        + "[\"IA\",\"5520\",\"VIETNAM\",\"1201\",\"200000\",\"HS4\",\"2025-01\"]]"),
                "two-levels.json", "line 3", "E_COMMODITY");
        assertRefused(write("hs10.json", HEADER + "[\"WA\",\"5520\",\"VIETNAM\",\"8802400000\",\"200000\",\"HS10\",\"2025-01\"]]"),
                "hs10.json", "line 2", "E_COMMODITY");
    }

    @Test
    void aSetWithOneRefusedFileStoresNone() {
        Path good = january("exports-statehs-2025-01.json", "180000");
        Path bad = write("bad.json", HEADER + "[\"ZZ\",\"5520\",\"VIETNAM\",\"880240\",\"1\",\"HS6\",\"2025-02\"]]");
        assertThatThrownBy(() -> imports.importFiles(List.of(ImportFile.of(good, "analyst"), ImportFile.of(bad, "analyst"))))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems().toString()).contains("bad.json").contains("STATE").contains("ZZ"));
        assertNothingStored();
        assertThat(audit.entries("analyst", started, 10)).isEmpty();
    }

    private void assertRefused(Path file, String name, String line, String field) {
        List<String> problems = refused(file);
        assertThat(problems).isNotEmpty();
        assertThat(problems.get(0)).contains(name).contains(line).contains(field);
        assertNothingStored();
    }

    private List<String> refused(Path file) {
        try {
            imports.importFile(ImportFile.of(file, "analyst"));
        } catch (InvalidInput e) {
            return e.problems().stream().map(Object::toString).toList();
        }
        throw new AssertionError(file + " was imported");
    }

    private void assertNothingStored() {
        assertThat(count("state_trade_import")).isZero();
        assertThat(count("state_trade")).isZero();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private Path write(String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
