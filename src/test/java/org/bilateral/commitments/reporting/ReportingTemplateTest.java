package org.bilateral.commitments.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.bilateral.WorkbenchTest;
import org.bilateral.commitments.DealStage;
import org.bilateral.commitments.PurchaseCommitments;
import org.bilateral.engagements.Directory;
import org.bilateral.identity.UserAccounts;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Period;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

    @Test
    void aFilledTemplateIsStoredAndTheDealMovesToItsReportedStage() {
        ReportingTemplate.Imported imported = template.read(airline, new ByteArrayInputStream(filledByTheAirline()), "airline.xlsx", "xlsx");

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
        template.read(airline, new ByteArrayInputStream(filled), "airline.xlsx", "xlsx");
        String before = counts();

        template.read(airline, new ByteArrayInputStream(filled), "airline.xlsx", "xlsx");

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void theNextTemplateStartsFromTheLastReport() throws Exception {
        template.read(airline, new ByteArrayInputStream(filledByTheAirline()), "airline.xlsx", "xlsx");

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
    void everyWrongCellIsNamedBySheetRowAndColumnAndNothingIsStored() {
        byte[] wrong = TemplateCells.fill(filledByTheAirline(), "Progress", "E2", "shipped", "G2", "lots");
        byte[] wronger = TemplateCells.fill(wrong, "Forecasts", "B3", "88x", "D3", 2027, "A3", "Vietnam Airlines", "G3", -4);

        assertThatThrownBy(() -> template.read(airline, new ByteArrayInputStream(wronger), "airline.xlsx", "xlsx"))
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
        assertThatThrownBy(() -> template.read(airline, new ByteArrayInputStream("id,date\n".getBytes()), "notes.csv", "xlsx"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("notes.csv").hasMessageContaining("not an XLSX workbook");
    }

    @Test
    void theMinistrySeesWhoHasReportedForThePeriodAndWhoHasNot() {
        template.read(airline, new ByteArrayInputStream(filledByTheAirline()), "airline.xlsx", "xlsx");

        List<EnterpriseReporting.Status> status = reporting.status(Q1);

        assertThat(status).extracting(EnterpriseReporting.Status::enterprise, EnterpriseReporting.Status::complete,
                        EnterpriseReporting.Status::dealsReported, EnterpriseReporting.Status::deals)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Khai Anh Binh Thuan", false, 0, 1),
                        org.assertj.core.groups.Tuple.tuple("Vietnam Airlines", true, 1, 1));
        assertThat(status.get(0).reporters()).containsExactly("feedmill");
        assertThat(reporting.status(Period.parse("2026-Q2"))).noneMatch(EnterpriseReporting.Status::complete);
    }

    private String counts() {
        return jdbc.sql("select (select count(*) from progress_report) || '/' || (select count(*) from demand_forecast)").query(String.class).single();
    }
}
