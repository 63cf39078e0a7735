package org.bilateral.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.bilateral.WorkbenchTest;
import org.bilateral.briefs.BriefFiles;
import org.bilateral.briefs.BriefFormat;
import org.bilateral.briefs.BriefLanguage;
import org.bilateral.briefs.BriefRequest;
import org.bilateral.briefs.Briefs;
import org.bilateral.extraction.PressReleases;
import org.bilateral.shared.CountryCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Vietnamese brief of the demonstration, every section, read back from each format: none of the English words a
 * Vietnamese brief used to show (the pair by its codes, the composer's own words, the tables' English columns and
 * sheets), and the pair by its Vietnamese names.
 */
@WorkbenchTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VietnameseBriefOnTheDemonstrationTest {

    /** Hand-picked: what a Vietnamese brief of the demonstration showed in English before issue 30. */
    static final List<String> ENGLISH = List.of("VN – US", "VN–US", "VN → US", "US → VN", "Số liệu của US", "của VN", "CN→VN→US",
            "exports to", "imports from", "statistics,", "import #", "Bilateral deal register", "deals of", "(low)", "(high)",
            "(USD m)", "Mirror", "Chart", "Sources", "Page ", "Jan–", "(SYNTHETIC", "statistics on", "2026-01/2026-11");

    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired PressReleases pressReleases;
    @Autowired Briefs briefs;
    @Autowired BriefFiles files;

    private Briefs.Kept kept;

    @BeforeAll
    void theDemonstrationsBriefInVietnamese() {
        DemonstrationFixture.load(jdbc, events, pressReleases);
        kept = briefs.make(new BriefRequest(CountryCode.of("VN"), CountryCode.of("US"), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 6, 1),
                null, BriefLanguage.VI), "analyst");
    }

    private static List<String> english(String text) {
        return ENGLISH.stream().filter(text::contains).toList();
    }

    @Test
    void thePdfShowsNoneOfTheEnglishItUsedTo() throws Exception {
        String text;
        try (PDDocument pdf = Loader.loadPDF(files.write(kept, BriefFormat.PDF).bytes())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Việt Nam – Hoa Kỳ", "Số liệu của Hoa Kỳ");
        assertThat(english(text)).as(text).isEmpty();
    }

    @Test
    void theDocxShowsNoneOfTheEnglishItUsedTo() throws Exception {
        String text;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(files.write(kept, BriefFormat.DOCX).bytes()));
             XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            text = words.getText();
        }
        assertThat(text).contains("Việt Nam – Hoa Kỳ");
        assertThat(english(text)).as(text).isEmpty();
    }

    @Test
    void theWorkbookShowsNoneOfTheEnglishItUsedTo() throws Exception {
        List<String> cells = new ArrayList<>();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(files.write(kept, BriefFormat.XLSX).bytes()))) {
            book.forEach(sheet -> {
                cells.add("sheet: " + sheet.getSheetName());
                sheet.forEach(row -> row.forEach(cell -> cells.add(cell.toString())));
            });
        }
        String all = String.join("\n", cells);
        assertThat(cells).contains("sheet: Cán cân", "dữ liệu").doesNotContain("data", "synthetic", "HS", "months");
        assertThat(english(all)).as(all).isEmpty();
    }
}
