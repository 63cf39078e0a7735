package org.bilateral.commitments.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
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
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The reporting template in the reporter's language: a Vietnamese template names its sheets, headings, instructions and
 * stages in Vietnamese, and reads back as the English one does; a template in either language is read.
 */
@WorkbenchTest
@AutoConfigureMockMvc
class ReportingTemplateInVietnameseTest {

    static final Period Q1 = Period.parse("2026-Q1");
    static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired JdbcClient jdbc;
    @Autowired Directory directory;
    @Autowired PurchaseCommitments commitments;
    @Autowired UserAccounts accounts;
    @Autowired EnterpriseReporting reporting;
    @Autowired ReportingTemplate template;
    @Autowired MockMvc mvc;
    @TempDir Path uploads;

    TwoEnterprises e;
    ReporterScope airline;

    @BeforeEach
    void twoEnterprises() {
        e = TwoEnterprises.create(jdbc, directory, commitments, accounts, reporting);
        airline = reporting.scope("airline", false);
    }

    ReportingTemplate.Imported read(byte[] xlsx, String name) throws Exception {
        return template.read(airline, Files.write(uploads.resolve(name), xlsx), name, "xlsx");
    }

    private static List<String> row(Sheet sheet, int r) {
        List<String> cells = new ArrayList<>();
        sheet.getRow(r).forEach(c -> cells.add(c.toString()));
        return cells;
    }

    @Test
    void theVietnameseTemplateNamesItsSheetsHeadingsInstructionsAndStagesInVietnamese() throws Exception {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(template.write(airline, Q1, null, VI)))) {
            assertThat(wb.getSheetName(0)).isEqualTo("Giới thiệu");
            assertThat(wb.getSheetName(1)).isEqualTo("Tiến độ");
            assertThat(wb.getSheetName(2)).isEqualTo("Dự báo");
            Sheet about = wb.getSheet("Giới thiệu");
            assertThat(about.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Bilateral: tiến độ các thương vụ mua hàng và dự báo nhu cầu");
            assertThat(row(about, 1)).containsExactly("Kỳ báo cáo", "2026-Q1");
            assertThat(about.getRow(3).getCell(1).getStringCellValue()).contains("biên bản ghi nhớ", "đang giao hàng");
            assertThat(about.getRow(4).getCell(1).getStringCellValue())
                    .startsWith("Mỗi thương vụ điền một dòng ở trang Tiến độ, thêm các dòng dự báo (nếu có) ở trang Dự báo")
                    .endsWith("Không sửa cột Thương vụ và kỳ báo cáo trên trang này.");
            assertThat(row(wb.getSheet("Tiến độ"), 0)).containsExactly("Thương vụ", "Bên mua", "Bên bán", "Hàng hóa", "Giai đoạn",
                    "Khối lượng đã giao lũy kế", "Trị giá đã giao lũy kế (USD)", "Các mốc tiếp theo", "Khó khăn, vướng mắc");
            assertThat(row(wb.getSheet("Dự báo"), 0)).containsExactly("Doanh nghiệp", "Mã HS", "Sản phẩm", "Năm", "Khối lượng",
                    "Đơn vị tính", "Trị giá (USD)");
            // the airline's deal prefilled with its stage in Vietnamese
            assertThat(wb.getSheet("Tiến độ").getRow(1).getCell(0).getStringCellValue()).isEqualTo("D" + e.aircraftDeal);
            assertThat(wb.getSheet("Tiến độ").getRow(1).getCell(4).getStringCellValue()).isIn("đã công bố", "biên bản ghi nhớ", "hợp đồng",
                    "đang giao hàng", "đã giao", "đã hủy", "hết hiệu lực");
        }
        // the English one is as it was
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(template.write(airline, Q1, null, Locale.ENGLISH)))) {
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2))).containsExactly("About", "Progress", "Forecasts");
            assertThat(row(wb.getSheet("Progress"), 0)).startsWith("Deal", "Buyer", "Seller", "Goods", "Stage");
        }
    }

    @Test
    void aFilledVietnameseTemplateIsImportedWithItsVietnameseStage() throws Exception {
        byte[] blank = template.write(airline, Q1, null, VI);
        byte[] progress = TemplateCells.fill(blank, "Tiến độ", "E2", "đang giao hàng", "F2", 5, "G2", 1_200_000_000, "I2",
                "thiếu động cơ");
        byte[] filled = TemplateCells.fill(progress, "Dự báo", "A2", "Vietnam Airlines", "B2", "880240", "C2", "máy bay", "D2", 2027,
                "E2", 10, "F2", "chiếc", "G2", 2_400_000_000L);

        ReportingTemplate.Imported imported = read(filled, "hang-bay.xlsx");

        assertThat(imported.progressReports()).isEqualTo(1);
        assertThat(imported.forecasts()).isEqualTo(1);
        assertThat(reporting.progress(airline, e.aircraftDeal)).singleElement().satisfies(p -> {
            assertThat(p.stage()).isEqualTo(DealStage.IN_DELIVERY);
            assertThat(p.deliveredValueUsd()).isEqualByComparingTo("1200000000");
            assertThat(p.obstacles()).isEqualTo("thiếu động cơ");
        });
        assertThat(reporting.forecasts(airline)).singleElement().satisfies(f -> assertThat(f.unit()).isEqualTo("chiếc"));
    }

    @Test
    void aWrongCellOfAVietnameseTemplateIsNamedByItsVietnameseSheetAndColumn() throws Exception {
        byte[] filled = TemplateCells.fill(template.write(airline, Q1, null, VI), "Tiến độ", "E2", "đang bay");
        assertThatThrownBy(() -> read(filled, "hang-bay.xlsx")).isInstanceOfSatisfying(InvalidInput.class, ex ->
                assertThat(ex.problems()).extracting(InputProblem::location, InputProblem::field)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("sheet Tiến độ, row 2", "column E (Giai đoạn)")));
        assertThat(reporting.progress(airline, e.aircraftDeal)).isEmpty();
    }

    @Test
    void anEnglishHeadingInAVietnameseTemplateIsReadAsTheSameColumn() throws Exception {
        // a reporter who pasted the English headings over the Vietnamese ones
        byte[] filled = TemplateCells.fill(template.write(airline, Q1, null, VI), "Tiến độ", "E1", "Stage", "G1",
                "Delivered value to date (USD)", "E2", "contract", "G2", 300);
        ReportingTemplate.Imported imported = read(filled, "hang-bay.xlsx");
        assertThat(imported.progressReports()).isEqualTo(1);
        assertThat(reporting.progress(airline, e.aircraftDeal)).singleElement()
                .satisfies(p -> assertThat(p.stage()).isEqualTo(DealStage.CONTRACT));
    }

    @Test
    void theReportingPageDownloadsTheTemplateInThePagesLanguage() throws Exception {
        for (String[] lang : new String[][] {{"vi", "Tiến độ"}, {"en", "Progress"}}) {
            byte[] xlsx = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/reporting/template.xlsx")
                    .param("lang", lang[0]).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                            .user("airline").roles("REPORTER"))).andReturn().getResponse().getContentAsByteArray();
            try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
                assertThat(wb.getSheetName(1)).isEqualTo(lang[1]);
            }
        }
    }
}
