package org.bilateral.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.bilateral.WorkbenchTest;
import org.bilateral.briefs.Brief;
import org.bilateral.briefs.BriefFiles;
import org.bilateral.briefs.BriefFormat;
import org.bilateral.briefs.BriefLanguage;
import org.bilateral.briefs.BriefRequest;
import org.bilateral.briefs.Briefs;
import org.bilateral.extraction.PressReleases;
import org.bilateral.hill.CongressLoads;
import org.bilateral.hill.HillFixture;
import org.bilateral.hill.LegislatorMatches;
import org.bilateral.shared.CountryCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The "done when" on the demonstration: a brief for a round, made after a first brief dated before the seeds'
 * meetings, names what each senator met since then sells Vietnam: Hagerty's Tennessee (met on 4 February 2026 beside the
 * sixth round, seed 001) and Daines's Montana (met in Hanoi on 4 March 2025, the fixture's release), from the synthetic
 * state figures, said as such. Cruz and Daines met the minister on a 21 May whose year seed 003 does not give (and the
 * demonstration does not guess): Cruz is named for it without Texas's paragraph, as the brief cannot say whether it was
 * since the last brief.
 */
@WorkbenchTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HillInTheDemonstrationBriefTest {

    static final CountryCode VN = CountryCode.of("VN");
    static final CountryCode US = CountryCode.of("US");

    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired PressReleases pressReleases;
    @Autowired Briefs briefs;
    @Autowired BriefFiles files;

    private Briefs.Kept vietnamese;
    private Briefs.Kept english;

    @Autowired CongressLoads congress;
    @Autowired LegislatorMatches matches;

    @BeforeAll
    void aBriefAfterAFirstOneDatedBeforeTheMeetings() {
        // serve --demo reads the members from ../shared/data/congress; the tests' reference fixture has none
        assumeTrue(HillFixture.congressThere(), HillFixture.ABSENT);
        HillFixture.clear(jdbc);
        congress.load(HillFixture.CONGRESS);
        DemonstrationFixture.load(jdbc, events, pressReleases);
        matches.refresh();
        jdbc.sql("delete from brief").update();
        // the last brief of the pair was for 1 January 2025: the next one looks from then on
        briefs.make(new BriefRequest(VN, US, LocalDate.of(2025, 1, 1), null, null, BriefLanguage.VI), "analyst");
        vietnamese = briefs.make(new BriefRequest(VN, US, LocalDate.of(2026, 12, 1), null, null, BriefLanguage.VI), "analyst");
        english = briefs.make(new BriefRequest(VN, US, LocalDate.of(2026, 12, 2), LocalDate.of(2025, 1, 1), null, BriefLanguage.EN), "analyst");
    }

    @Test
    void theBriefListsTheSeedsSenatorsEachWithTheirStatesSyntheticExportsToVietnam() {
        Brief.Hill hill = vietnamese.brief().hill();
        assertThat(hill).isNotNull();
        assertThat(hill.from()).as("since the last brief").isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(hill.legislators()).extracting(Brief.Legislator::state).contains("TN", "MT");
        assertThat(hill.undated()).containsExactly("Ted Cruz");
        assertThat(hill.legislators()).filteredOn(l -> List.of("TN", "MT").contains(l.state())).allSatisfy(l -> {
            assertThat(l.met()).as(l.name()).isTrue();
            assertThat(l.figures()).as(l.name()).isNotNull();
            // the demonstration's statistics run through November 2026: 2025 is the latest whole year, 2026 has 11 months
            assertThat(l.figures().year()).isEqualTo(2025);
            assertThat(l.figures().valueUsd()).isPositive();
            assertThat(l.figures().partialYear()).isEqualTo(2026);
            assertThat(l.figures().partialMonths()).isEqualTo(11);
            assertThat(l.figures().top()).isNotEmpty();
            assertThat(l.figures().synthetic()).isTrue();
        });
        assertThat(vietnamese.brief().synthetic()).isTrue();
    }

    @Test
    void thePdfAndTheDocxNameWhatEachStateSellsVietnamInBothLanguages() throws Exception {
        String vi;
        try (PDDocument pdf = Loader.loadPDF(files.write(vietnamese, BriefFormat.PDF).bytes())) {
            // the layout may break a line after the dash of a span of months ("January–" / "March")
            vi = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ").replaceAll("(\\w)– ", "$1–");
        }
        assertThat(vi).contains("Nghị sĩ Quốc hội Hoa Kỳ", "Thượng nghị sĩ Bill Hagerty", "Xuất khẩu của bang Tennessee sang Việt Nam năm 2025:",
                "Xuất khẩu của bang Montana sang Việt Nam năm 2025:", "không rõ năm", "Ted Cruz",
                "Năm 2026 đến nay (tháng 1–11)", "(dữ liệu minh họa tổng hợp)");
        String en;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(files.write(english, BriefFormat.DOCX).bytes()));
             XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            en = words.getText();
        }
        assertThat(en).contains("Senator Bill Hagerty", "Tennessee's exports to VN in 2025:", "Montana's exports to VN in 2025:",
                "Met on a day reported without a year, so neither placed since the last brief nor expected: Ted Cruz.", "In 2026 so far (January–November)", "(synthetic demonstration data)");
    }
}
