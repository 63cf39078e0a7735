package org.bilateral.briefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
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
import org.bilateral.commitments.Instrument;
import org.bilateral.commitments.PurchaseCommitments;
import org.bilateral.commitments.ReportedDeal;
import org.bilateral.commitments.ReportedValue;
import org.bilateral.engagements.Directory;
import org.bilateral.engagements.EngagementKind;
import org.bilateral.engagements.Engagements;
import org.bilateral.engagements.OrganisationKind;
import org.bilateral.extraction.RegisterFixture;
import org.bilateral.hill.BioguideId;
import org.bilateral.hill.CongressLoads;
import org.bilateral.hill.HillFixture;
import org.bilateral.hill.LegislatorMatches;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.ReportedDate;
import org.bilateral.shared.UsState;
import org.bilateral.tradestats.ImportFile;
import org.bilateral.tradestats.StatisticsImports;
import org.bilateral.tradestats.TradeStatisticsFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Hill in a brief made on the record: three senators loaded from a small Congress snapshot and linked to register
 * persons, state figures imported as Census statehs answers (one a month, January 2024 to March 2026), a deal whose
 * seller is in Tennessee, and the pair's engagements. The last brief of the pair was for 1 January 2026; this one is for
 * 15 March 2026. Tennessee's exports to Vietnam, a month: 2024 8802 100, 1201 50, 5201 20, 8471 10 (180, so 2,160 in the
 * year); 2025 8802 150, 1201 40, 5201 30, 8471 10 (230, so 2,760); January–March 2026 8802 200, 1201 40 (240, so 720).
 * Texas: 5,000 of 2711 in January 2025 alone.
 */
@WorkbenchTest
class HillOnTheRecordTest {

    static final CountryCode VN = CountryCode.of("VN");
    static final CountryCode US = CountryCode.of("US");

    static final String LEGISLATORS = "bioguide_id,full_name,official_full_present,first_name,middle_name,last_name,suffix,nickname,"
            + "last_name_ascii,chamber,state,district,senate_class,state_rank,voting,party,caucus,term_start,term_end,how,end_type,"
            + "first_start_in_chamber,thomas_id,lis_id,govtrack_id,wikipedia,url\n"
            + "H000601,Bill Hagerty,yes,Bill,Francis,Hagerty,,,Hagerty,senate,TN,,2,junior,yes,Republican,,2021-01-03,2027-01-03,,,2021-01-03,,,,,\n"
            + "C001098,Ted Cruz,yes,Ted,,Cruz,,,Cruz,senate,TX,,1,junior,yes,Republican,,2025-01-03,2031-01-03,,,2013-01-03,,,,,\n"
            + "D000618,Steve Daines,yes,Steve,,Daines,,,Daines,senate,MT,,2,senior,yes,Republican,,2021-01-03,2027-01-03,,,2015-01-03,,,,,\n";
    static final String COMMITTEES = "committee_id,committee_name,parent_id,parent_name,chamber,subcommittee_thomas_id,url,jurisdiction\n"
            + "SSFR,Senate Committee on Foreign Relations,,,senate,,,\n"
            + "SSCM,\"Senate Committee on Commerce, Science, and Transportation\",,,senate,,,\n"
            + "SSFI,Senate Committee on Finance,,,senate,,,\n"
            + "SSAP,Senate Committee on Appropriations,,,senate,,,\n";
    static final String SEATS = "committee_id,committee_name,parent_id,parent_name,chamber,bioguide_id,member_name,side,rank,title,member_chamber\n"
            + "SSFR,Senate Committee on Foreign Relations,,,senate,H000601,Bill Hagerty,majority,4,,\n"
            + "SSAP,Senate Committee on Appropriations,,,senate,H000601,Bill Hagerty,majority,9,,\n"
            + "SSCM,\"Senate Committee on Commerce, Science, and Transportation\",,,senate,C001098,Ted Cruz,majority,1,Chairman,\n"
            + "SSFI,Senate Committee on Finance,,,senate,D000618,Steve Daines,majority,6,,\n";

    @Autowired Briefs briefs;
    @Autowired BriefFiles files;
    @Autowired StatisticsImports imports;
    @Autowired CongressLoads congress;
    @Autowired LegislatorMatches matches;
    @Autowired Directory directory;
    @Autowired Engagements engagements;
    @Autowired PurchaseCommitments commitments;
    @Autowired JdbcClient jdbc;
    @TempDir Path dir;

    private long hagertyMet;
    private long cruzExpected;

    @BeforeEach
    void record() throws IOException {
        TradeStatisticsFixture.clear(jdbc);
        RegisterFixture.clear(jdbc);
        HillFixture.clear(jdbc);
        jdbc.sql("delete from purchase_target").update();
        jdbc.sql("delete from brief").update();
        jdbc.sql("delete from ask").update();
        Path snapshot = Files.createDirectories(dir.resolve("congress"));
        Files.writeString(snapshot.resolve("legislators-current.csv"), LEGISLATORS);
        Files.writeString(snapshot.resolve("committees-current.csv"), COMMITTEES);
        Files.writeString(snapshot.resolve("committee-membership.csv"), SEATS);
        congress.load(snapshot);
        for (YearMonth m = YearMonth.of(2024, 1); !m.isAfter(YearMonth.of(2026, 3)); m = m.plusMonths(1)) {
            List<String> rows = new ArrayList<>(m.getYear() == 2024 ? List.of("TN 8802 100", "TN 1201 50", "TN 5201 20", "TN 8471 10")
                    : m.getYear() == 2025 ? List.of("TN 8802 150", "TN 1201 40", "TN 5201 30", "TN 8471 10")
                    : List.of("TN 8802 200", "TN 1201 40"));
            if (m.equals(YearMonth.of(2025, 1))) {
                rows.add("TX 2711 5000");
            }
            imports.importFile(ImportFile.of(answer(m, rows), "test"));
        }
        long hung = person("Lê Mạnh Hùng", "Bộ trưởng", "VN");
        long dien = person("Nguyễn Hồng Diên", "Bộ trưởng", "VN");
        long hagerty = person("Bill Hagerty", "Senator", "US");
        long cruz = person("Ted Cruz", "Senator", "US");
        long daines = person("Steve Daines", "Senator", "US");
        matches.confirm(hagerty, new BioguideId("H000601"), "analyst");
        matches.confirm(cruz, new BioguideId("C001098"), "analyst");
        matches.confirm(daines, new BioguideId("D000618"), "analyst");
        hagertyMet = meeting("2026-02-04", 1, hung, hagerty);
        cruzExpected = meeting("2026-03-20", 2, hung, cruz);
        meeting("2025-05-21", 3, dien, daines);
        long airline = directory.recordOrganisation(new Directory.RecordOrganisation("Vietnam Airlines", null, "VN", OrganisationKind.COMPANY)).value();
        long fedex = directory.recordOrganisation(new Directory.RecordOrganisation("FedEx", null, "US", OrganisationKind.COMPANY)).value();
        directory.setUsState(new Directory.OrganisationId(fedex), UsState.of("TN"), "analyst");
        commitments.record(new ReportedDeal(new Directory.OrganisationId(airline), new Directory.OrganisationId(fedex),
                List.of(new ReportedDeal.Item("aircraft parts", HsCode.of("8803"))), null, null, null,
                ReportedValue.usd(new BigDecimal("1000000000"), null), Instrument.PURCHASE_AGREEMENT, null, LocalDate.of(2026, 2, 4), null, false,
                new ReportedDeal.Source("user", null, "test", null, null, null, null, null), null));
        // the last brief of the pair, for 1 January 2026: the next looks from then on
        briefs.make(new BriefRequest(VN, US, LocalDate.of(2026, 1, 1), null, null, BriefLanguage.EN), "analyst");
    }

    private long person(String name, String title, String country) {
        return directory.recordPerson(new Directory.RecordPerson(name, title, country, null, null)).value();
    }

    private long meeting(String day, long pressRelease, long... people) {
        return engagements.record(new Engagements.RecordEngagement(EngagementKind.MEETING, ReportedDate.parse(day), null, "Washington", null,
                null, java.util.Arrays.stream(people).mapToObj(Directory.PersonId::new).toList(), List.of(), List.of(), null, pressRelease,
                "report-" + pressRelease + ".txt", "reported in report " + pressRelease)).value();
    }

    /** A month's Census statehs answer of exports to Vietnam (Census code 5520) at HS4, one row per "STATE HS4 VALUE". */
    private Path answer(YearMonth month, List<String> rows) throws IOException {
        StringBuilder json = new StringBuilder("[[\"STATE\",\"CTY_CODE\",\"CTY_NAME\",\"E_COMMODITY\",\"ALL_VAL_MO\",\"COMM_LVL\",\"time\"]");
        for (String row : rows) {
            String[] r = row.split(" ");
            json.append(",\n[\"").append(r[0]).append("\",\"5520\",\"VIETNAM\",\"").append(r[1]).append("\",\"").append(r[2])
                    .append("\",\"HS4\",\"").append(month).append("\"]");
        }
        return Files.writeString(dir.resolve("exports-statehs-" + month + ".json"), json.append("]\n").toString());
    }

    private Briefs.Kept brief(BriefLanguage language) {
        return briefs.make(new BriefRequest(VN, US, LocalDate.of(2026, 3, 15), null, null, language), "analyst");
    }

    @Test
    void theBriefListsHagertyMetSinceTheLastBriefAndCruzExpectedButNotDainesMetBeforeIt() {
        Brief.Hill hill = brief(BriefLanguage.EN).brief().hill();
        assertThat(hill.from()).as("the last brief's date").isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(hill.legislators()).extracting(Brief.Legislator::id).containsExactly("H000601", "C001098");
        assertThat(hill.legislators().get(0).meetings()).extracting(Brief.Meeting::engagement, Brief.Meeting::expected)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(hagertyMet, false));
        assertThat(hill.legislators().get(1).meetings()).extracting(Brief.Meeting::engagement, Brief.Meeting::expected)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(cruzExpected, true));
        Brief.StateFigures tn = hill.legislators().get(0).figures();
        // 2025 12 × 230 = 2,760 against 2024 12 × 180 = 2,160; January–March 2026 3 × 240 = 720 against 3 × 230 = 690
        assertThat(tn.year()).isEqualTo(2025);
        assertThat(tn.valueUsd()).isEqualByComparingTo("2760");
        assertThat(tn.previousUsd()).isEqualByComparingTo("2160");
        assertThat(tn.partialYear()).isEqualTo(2026);
        assertThat(tn.partialMonths()).isEqualTo(3);
        assertThat(tn.partialUsd()).isEqualByComparingTo("720");
        assertThat(tn.partialPreviousUsd()).isEqualByComparingTo("690");
        // 8802 12 × 150 = 1,800 of 2,760 = 0.652174; 1201 480 / 2,760 = 0.173913; 5201 360 / 2,760 = 0.130435
        assertThat(tn.top()).extracting(Brief.StateProduct::code).containsExactly("8802", "1201", "5201");
        assertThat(tn.top()).extracting(Brief.StateProduct::share).containsExactly(new BigDecimal("0.652174"), new BigDecimal("0.173913"),
                new BigDecimal("0.130435"));
        assertThat(tn.synthetic()).isFalse();
        assertThat(hill.legislators().get(0).deals()).extracting(Brief.StateDeal::basis).containsExactly("SELLER");
    }

    @Test
    void theParagraphsSayTheFiguresInEveryFormatInEnglish() throws Exception {
        Briefs.Kept kept = brief(BriefLanguage.EN);
        // (2,760 − 2,160) / 2,160 = 27.8%; (720 − 690) / 690 = 4.3%; Texas 5,000 against nothing in 2024
        List<String> said = List.of("Senator Bill Hagerty (Republican, Tennessee)", "Trade-relevant committees: Senate Committee on Foreign Relations [",
                "Met on 4 February 2026 [", "Tennessee's exports to VN in 2025: $2,760, up 27.8% ($600) on 2024 [",
                "In 2026 so far (January–March): $720, up 4.3% ($30) on the same months of 2025 [",
                "Largest products in 2025: 8802 Aircraft and spacecraft (65.2%); 1201 Soya beans; whether or not broken (17.4%); 5201 Cotton; not"
                        + " carded or combed (13.0%).",
                "$1 bn, the seller's state) [", "Senator Ted Cruz (Republican, Texas)",
                "Trade-relevant committees: Senate Committee on Commerce, Science, and Transportation (Chairman) [", "Expected on 20 March 2026 [",
                "Texas's exports to VN in 2025: $5,000, up $5,000 on 2024, from nothing [",
                // like for like: January–March 2026 nothing against January 2025's 5,000
                "In 2026 so far (January–March): $0, down 100.0% ($5,000) on the same months of 2025 [", "No deal of the pair on record buys from Texas.");
        String pdf;
        try (PDDocument doc = Loader.loadPDF(files.write(kept, BriefFormat.PDF).bytes())) {
            // the layout may break a line after the dash of a span of months ("January–" / "March")
            pdf = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ").replaceAll("(\\w)– ", "$1–");
        }
        assertThat(pdf).contains("The Hill").contains(said).doesNotContain("Steve Daines");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(files.write(kept, BriefFormat.DOCX).bytes()));
             XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            assertThat(words.getText()).contains(said);
        }
        List<String> cells = new ArrayList<>();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(files.write(kept, BriefFormat.XLSX).bytes()))) {
            book.getSheet("The Hill").forEach(row -> row.forEach(cell -> cells.add(cell.toString())));
        }
        // the figures as numbers, the change as a fraction of the year before: 600 / 2,160 = 0.277778
        assertThat(cells).contains("Senator Bill Hagerty (Republican, Tennessee)", "2760.0", "2160.0", "0.277778", "720.0", "690.0",
                "2026 (January–March)");
    }

    @Test
    void theParagraphsSayTheFiguresTheVietnameseWay() throws Exception {
        Briefs.Kept kept = brief(BriefLanguage.VI);
        String pdf;
        try (PDDocument doc = Loader.loadPDF(files.write(kept, BriefFormat.PDF).bytes())) {
            pdf = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ").replaceAll("(\\w)– ", "$1–");
        }
        assertThat(pdf).contains("Nghị sĩ Quốc hội Hoa Kỳ", "Thượng nghị sĩ Bill Hagerty (Đảng Cộng hòa, bang Tennessee)",
                "Các ủy ban liên quan đến thương mại: Ủy ban Đối ngoại Thượng viện [", "Đã gặp ngày 4/2/2026 [",
                "Xuất khẩu của bang Tennessee sang Việt Nam năm 2025: 2.760 USD, tăng 27,8% (600 USD) so với năm 2024 [",
                "Năm 2026 đến nay (tháng 1–3): 720 USD, tăng 4,3% (30 USD) so với cùng kỳ năm 2025 [",
                "8802 Phương tiện bay khác", "(65,2%)", "1 tỷ USD, bang của bên bán) [",
                "Thượng nghị sĩ Ted Cruz (Đảng Cộng hòa, bang Texas)", "Ủy ban Thương mại, Khoa học và Giao thông Thượng viện (Chủ tịch)",
                "Dự kiến gặp ngày 20/3/2026 [");
    }
}
