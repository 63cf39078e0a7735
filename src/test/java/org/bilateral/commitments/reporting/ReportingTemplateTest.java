package org.bilateral.commitments.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bilateral.WorkbenchTest;
import org.bilateral.commitments.DealStage;
import org.bilateral.commitments.PurchaseCommitments;
import org.bilateral.engagements.Directory;
import org.bilateral.identity.UserAccounts;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Period;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The XLSX template out to an enterprise and back: stored whole, or refused whole with every wrong cell named. */
@WorkbenchTest
class ReportingTemplateTest {

    static final Period Q1 = Period.parse("2026-Q1");

    @Autowired JdbcClient jdbc;
    @Autowired Directory directory;
    @Autowired PurchaseCommitments commitments;
    @Autowired UserAccounts accounts;
    @Autowired EnterpriseReporting reporting;
    @Autowired ReportingTemplate template;

    TwoEnterprises e;
    ReporterScope airline;

    @BeforeEach
    void twoEnterprises() {
        e = TwoEnterprises.create(jdbc, directory, commitments, accounts, reporting);
        airline = reporting.scope("airline", false);
    }

    byte[] filledByTheAirline() {
        byte[] blank = template.write(airline, Q1, null);
        byte[] progress = TemplateCells.fill(blank, "Progress", "E2", "in delivery", "F2", 5, "G2", 1_200_000_000, "H2", "5 more in Q2",
                "I2", "engine supply");
        return TemplateCells.fill(progress, "Forecasts", "A2", "Vietnam Airlines", "B2", "880240", "C2", "aircraft", "D2", 2027, "E2", 10,
                "F2", "aircraft", "G2", 2_400_000_000L);
    }

    @TempDir
    Path uploads;

    /** Reads a workbook as an upload arrives: from a file on disk. */
    ReportingTemplate.Imported read(byte[] xlsx, String name) {
        try {
            Path file = Files.write(uploads.resolve(name), xlsx);
            return template.read(airline, file, name, "xlsx");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aFilledTemplateIsStoredAndTheDealMovesToItsReportedStage() {
        ReportingTemplate.Imported imported = read(filledByTheAirline(), "airline.xlsx");

        assertThat(imported.progressReports()).isEqualTo(1);
        assertThat(imported.forecasts()).isEqualTo(1);
        assertThat(reporting.progress(airline, e.aircraftDeal)).singleElement().satisfies(p -> {
            assertThat(p.period()).isEqualTo(Q1);
            assertThat(p.stage()).isEqualTo(DealStage.IN_DELIVERY);
            assertThat(p.deliveredQuantity()).isEqualByComparingTo("5");
            assertThat(p.deliveredValueUsd()).isEqualByComparingTo("1200000000");
            assertThat(p.obstacles()).isEqualTo("engine supply");
            assertThat(p.reportedBy()).isEqualTo("airline");
        });
        assertThat(commitments.deal(e.aircraftDeal).orElseThrow().stage()).isEqualTo(DealStage.IN_DELIVERY);
        assertThat(reporting.forecasts(airline)).singleElement().satisfies(f -> {
            assertThat(f.hsCode()).isEqualTo("880240");
            assertThat(f.year()).isEqualTo(2027);
            assertThat(f.valueUsd()).isEqualByComparingTo("2400000000");
        });
    }

    @Test
    void importingTheSameWorkbookAgainChangesNothing() {
        byte[] filled = filledByTheAirline();
        read(filled, "airline.xlsx");
        String before = counts();

        read(filled, "airline.xlsx");

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void theNextTemplateStartsFromTheLastReport() throws Exception {
        read(filledByTheAirline(), "airline.xlsx");

        byte[] next = template.write(airline, Period.parse("2026-Q2"), null);

        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(new ByteArrayInputStream(next))) {
            var row = wb.getSheet("Progress").getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("D" + e.aircraftDeal);
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("in delivery");
            assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(1.2e9);
            assertThat(wb.getSheet("About").getRow(1).getCell(1).getStringCellValue()).isEqualTo("2026-Q2");
            assertThat(wb.getSheet("Progress").getLastRowNum()).as("only the airline's own deal").isEqualTo(1);
        }
    }

    @Test
    void aValueBeyondFifteenDigitsGoesOutInTheNextTemplateWithEveryDigitAndComesBackUnaltered() throws Exception {
        // 999,999,999,999,999.99 has 17 significant digits: as a spreadsheet number it would become 1.0E15
        read(TemplateCells.fill(filledByTheAirline(), "Progress", "G2", "999999999999999.99"), "airline.xlsx");

        byte[] next = template.write(airline, Period.parse("2026-Q2"), null);

        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(new ByteArrayInputStream(next))) {
            var cell = wb.getSheet("Progress").getRow(1).getCell(6);
            assertThat(cell.getStringCellValue()).isEqualTo("999,999,999,999,999.99");
            assertThat(cell.getCellStyle().getAlignment()).isEqualTo(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
        }
        Path file = Files.write(uploads.resolve("airline-q2.xlsx"), next);
        template.read(airline, file, "airline-q2.xlsx", "xlsx");
        assertThat(reporting.progress(airline, e.aircraftDeal)).filteredOn(p -> p.period().equals(Period.parse("2026-Q2")))
                .singleElement().satisfies(p -> assertThat(p.deliveredValueUsd()).isEqualByComparingTo("999999999999999.99"));
    }

    @Test
    void everyWrongCellIsNamedBySheetRowAndColumnAndNothingIsStored() {
        byte[] wrong = TemplateCells.fill(filledByTheAirline(), "Progress", "E2", "shipped", "G2", "lots");
        byte[] wronger = TemplateCells.fill(wrong, "Forecasts", "B3", "88x", "D3", 2027, "A3", "Vietnam Airlines", "G3", -4);

        assertThatThrownBy(() -> read(wronger, "airline.xlsx"))
                .isInstanceOfSatisfying(InvalidInput.class, x -> assertThat(x.problems()).extracting(Object::toString).satisfiesExactly(
                        p -> assertThat(p).startsWith("airline.xlsx, sheet Progress, row 2, field column E (Stage): unknown stage 'shipped'"),
                        p -> assertThat(p).isEqualTo("airline.xlsx, sheet Progress, row 2, field column G (Delivered value to date (USD)): 'lots' is not a number"),
                        p -> assertThat(p).startsWith("airline.xlsx, sheet Forecasts, row 3, field column B (HS code):"),
                        p -> assertThat(p).isEqualTo("airline.xlsx, sheet Forecasts, row 3, field column G (Value (USD)): cannot be negative")));
        assertThat(counts()).isEqualTo("0/0");
        assertThat(commitments.deal(e.aircraftDeal).orElseThrow().stage()).isEqualTo(DealStage.CONTRACT);
    }

    @Test
    void aFileThatIsNotTheTemplateIsRefusedWithItsName() {
        assertThatThrownBy(() -> read("id,date\n".getBytes(), "notes.csv"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("notes.csv").hasMessageContaining("not an XLSX workbook");
    }

    @Test
    void theMinistrySeesWhoHasReportedForThePeriodAndWhoHasNot() {
        read(filledByTheAirline(), "airline.xlsx");

        List<EnterpriseReporting.Status> status = reporting.status(Q1);

        assertThat(status).extracting(EnterpriseReporting.Status::enterprise, EnterpriseReporting.Status::complete,
                        EnterpriseReporting.Status::dealsReported, EnterpriseReporting.Status::deals)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Khai Anh Binh Thuan", false, 0, 1),
                        org.assertj.core.groups.Tuple.tuple("Vietnam Airlines", true, 1, 1));
        assertThat(status.get(0).reporters()).containsExactly("feedmill");
        assertThat(reporting.status(Period.parse("2026-Q2"))).noneMatch(EnterpriseReporting.Status::complete);
    }

    @Test
    void numbersAreReadExactlyAsStoredAndRefusedBeyondTheirRange() {
        byte[] wrong = TemplateCells.fill(filledByTheAirline(), "Progress", "F2", 1e300, "G2", "INF");
        byte[] wronger = TemplateCells.fill(wrong, "Forecasts", "D2", 4294969296L, "A3", "Vietnam Airlines", "B3", "880240",
                "D3", 2027.5, "G3", 10, "A4", "Vietnam Airlines", "B4", "880240", "D4", 2028, "G4", 0.1234567);

        assertThatThrownBy(() -> read(wronger, "airline.xlsx"))
                .isInstanceOfSatisfying(InvalidInput.class, x -> assertThat(x.problems()).extracting(Object::toString).containsExactly(
                        "airline.xlsx, sheet Progress, row 2, field column F (Delivered quantity to date): '1.0E300' is not a number below 1,000,000,000,000,000 with at most six decimals",
                        "airline.xlsx, sheet Progress, row 2, field column G (Delivered value to date (USD)): 'INF' is not a number",
                        "airline.xlsx, sheet Forecasts, row 2, field column D (Year): '4294969296' is not a year from 2000 to 2100",
                        "airline.xlsx, sheet Forecasts, row 3, field column D (Year): '2027.5' is not a year from 2000 to 2100",
                        "airline.xlsx, sheet Forecasts, row 4, field column G (Value (USD)): '0.1234567' is not a number below 1,000,000,000,000,000 with at most six decimals"));
        assertThat(counts()).isEqualTo("0/0");
    }

    @Test
    void aDollarValueFinerThanACentOrAUnitEndingInATabIsRefusedByItsCellNeverRoundedOrStripped() {
        byte[] wrong = TemplateCells.fill(filledByTheAirline(), "Progress", "G2", 100.125);
        byte[] wronger = TemplateCells.fill(wrong, "Forecasts", "A3", "Vietnam Airlines", "B3", "880240", "D3", 2027, "F3", "t\t", "G3", 0.005);

        assertThatThrownBy(() -> read(wronger, "airline.xlsx"))
                .isInstanceOfSatisfying(InvalidInput.class, x -> assertThat(x.problems()).extracting(Object::toString).containsExactly(
                        "airline.xlsx, sheet Progress, row 2, field column G (Delivered value to date (USD)): '100.125' has more decimals than cents",
                        "airline.xlsx, sheet Forecasts, row 3, field column F (Unit): holds the character U+0009 at position 2 (a control character)",
                        "airline.xlsx, sheet Forecasts, row 3, field column G (Value (USD)): '0.005' has more decimals than cents"));
        assertThat(counts()).isEqualTo("0/0");
    }

    @Test
    void aValueWithSixDecimalsIsKeptToTheLastDigit() {
        read(TemplateCells.fill(filledByTheAirline(), "Progress", "F2", 2.123456), "airline.xlsx");

        assertThat(reporting.progress(airline, e.aircraftDeal)).singleElement()
                .satisfies(p -> assertThat(p.deliveredQuantity()).isEqualByComparingTo("2.123456"));
    }

    @Test
    void textTooLongForAnyDownloadOrHoldingControlCharactersIsRefusedByItsCell() {
        byte[] wrong = TemplateCells.sharedText(TemplateCells.fill(filledByTheAirline(), "Progress", "H2", "x".repeat(3_000),
                "I2", "engine supply"), "engine supply", "engine_x0000_supply");

        assertThatThrownBy(() -> read(wrong, "airline.xlsx"))
                .isInstanceOfSatisfying(InvalidInput.class, x -> assertThat(x.problems()).extracting(Object::toString).containsExactly(
                        "airline.xlsx, sheet Progress, row 2, field column H (Next milestones): is longer than 2,000 characters",
                        "airline.xlsx, sheet Progress, row 2, field column I (Obstacles): holds the character U+0000 at position 7 (a control character)"));
    }

    @Test
    void aFormulaIsTakenAtTheValueTheSpreadsheetComputedAndNeverEvaluatedHere() {
        String nested = "(".repeat(60) + "2027" + ")".repeat(60);
        byte[] withFormulas = TemplateCells.formulas(filledByTheAirline(), "Forecasts", "D2", nested, "E2", "[1]Sheet1!A1");

        assertThatThrownBy(() -> read(withFormulas, "airline.xlsx"))
                .isInstanceOfSatisfying(InvalidInput.class, x -> assertThat(x.problems()).extracting(InputProblem::field)
                        .containsExactly("column D (Year)", "column E (Quantity)"))
                .hasMessageContaining("holds a formula whose value the spreadsheet has not computed");
    }

    @Test
    void aWorkbookWithMoreRowsThanAnyTemplateIsRefusedWithoutBeingHeldInMemory() throws Exception {
        Path big = TemplateCells.largeForecasts(uploads.resolve("big.xlsx"), 200_000, (row, r) -> {
            for (int c = 0; c < 7; c++) {
                row.createCell(c).setCellValue("cell " + r + "," + c);
            }
        });

        assertThatThrownBy(() -> template.read(airline, big, "big.xlsx", "xlsx")).isInstanceOf(InvalidInput.class)
                .hasMessage("big.xlsx: sheet Forecasts holds more than 5,000 rows; a reporting template needs far fewer");
    }

    @Test
    void aWorkbookOfEmptyRowsIsRefusedRatherThanReadForMinutes() throws Exception {
        Path empty = TemplateCells.largeForecasts(uploads.resolve("empty-rows.xlsx"), 150_000, (row, r) -> row.createCell(0).setBlank());

        assertThatThrownBy(() -> template.read(airline, empty, "empty-rows.xlsx", "xlsx")).isInstanceOf(InvalidInput.class)
                .hasMessage("empty-rows.xlsx: sheet Forecasts holds more than 100,000 rows, empty ones included; "
                        + "a reporting template needs far fewer");
    }

    @Test
    void aRefusalListsThirtyProblemsAndCountsTheRest() {
        Object[] cells = new Object[2 * 200];
        for (int r = 0; r < 200; r++) {
            cells[2 * r] = "D" + (r + 2);
            cells[2 * r + 1] = "next year";
        }
        byte[] wrong = TemplateCells.fill(filledByTheAirline(), "Forecasts", cells);

        assertThatThrownBy(() -> read(wrong, "airline.xlsx")).isInstanceOfSatisfying(InvalidInput.class, x -> {
            assertThat(x.problems()).hasSize(31);
            assertThat(x.problems().get(30).message()).matches("and \\d+ more problems not listed");
        });
    }

    private String counts() {
        return jdbc.sql("select (select count(*) from progress_report) || '/' || (select count(*) from demand_forecast)").query(String.class).single();
    }
}
