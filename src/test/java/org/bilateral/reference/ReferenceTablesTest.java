package org.bilateral.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.bilateral.reference.ReferenceTables.CountryRow;
import org.bilateral.reference.ReferenceTables.HsRow;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.junit.jupiter.api.Test;

/** The reference files read into rows, without a database: what each column becomes and what is refused. */
class ReferenceTablesTest {

    private static final String COUNTRY_HEADER = "ISO3166-1-Alpha-2,ISO3166-1-Alpha-3,ISO3166-1-numeric,M49,CLDR display name,"
            + "UNTERM English Short,official_name_en,UNTERM English Formal,ISO4217-currency_country_name\n";

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, CountryRow> usAndVietnam() {
        return ReferenceTables.countries(csv(COUNTRY_HEADER
                + "US,USA,840,840,US,United States of America (the),United States of America,the United States of America,UNITED STATES\n"
                + "VN,VNM,704,704,Vietnam,Viet Nam,Viet Nam,the Socialist Republic of Viet Nam,VIET NAM\n"
                + ",,,,Dissolved State,,,,\n"));
    }

    @Test
    void aCountryWithoutIsoCodesIsLeftOut() {
        assertThat(usAndVietnam().keySet()).containsExactly("US", "VN");
    }

    @Test
    void aCountryTakesItsCldrNameUnlessThatIsACodeAndItsComtradeCodeIsM49UnlessBilateralsTableSaysOtherwise() {
        CountryRow us = usAndVietnam().get("US");
        // CLDR writes "US", three letters or fewer: the official name is taken instead
        assertThat(us.name).isEqualTo("United States of America");
        assertThat(us.comtradeCode).as("Comtrade's own 842 for the USA with its territories").isEqualTo(842);
        assertThat(us.censusCode).as("the US is not its own partner in the Census schedule").isNull();
        CountryRow vn = usAndVietnam().get("VN");
        assertThat(vn.name).isEqualTo("Vietnam");
        assertThat(vn.comtradeCode).isEqualTo(704);
        assertThat(vn.censusCode).isEqualTo("5520");
        assertThat(vn.isoNumeric).isEqualTo(704);
    }

    @Test
    void everySpellingOfACountryFindsItAndTheArticleIsDropped() {
        Map<String, String> byKey = new java.util.HashMap<>();
        ReferenceTables.names(usAndVietnam()).forEach(n -> byKey.put(n.folded(), n.alpha2()));
        assertThat(byKey).containsEntry("vietnam", "VN").containsEntry("vnm", "VN").containsEntry("usa", "US")
                // "the Socialist Republic of Viet Nam" is kept without its "the" as well
                .containsEntry("socialistrepublicofvietnam", "VN")
                .containsEntry("unitedstatesofamerica", "US");
        assertThat(byKey).doesNotContainKey("");
    }

    @Test
    void sectionNamesAreCapitalisedAndAByteOrderMarkIsNoPartOfTheHeader() {
        Map<String, String> sections = ReferenceTables.sections(csv("\uFEFFsection,name\nII,vegetable products\nXI,\n"));
        assertThat(sections).containsExactly(Map.entry("II", "Vegetable products"), Map.entry("XI", ""));
    }

    @Test
    void codesKeepTheirLevelParentAndSectionAndChapter99StandsOutsideTheSections() {
        List<HsRow> codes = ReferenceTables.codes(csv("""
                section,hscode,description,parent,level
                TOTAL,TOTAL,All products,,0
                II,12,Oil seeds,TOTAL,2
                II,1201,Soya beans,12,4
                TOTAL,99,Not specified according to kind,TOTAL,2
                """), Map.of("II", "Vegetable products"));
        assertThat(codes).containsExactly(new HsRow("12", 2, null, "II", "Oil seeds"), new HsRow("1201", 4, "12", "II", "Soya beans"),
                new HsRow("99", 2, null, null, "Not specified according to kind"));
    }

    @Test
    void everyInconsistentLineIsRefusedAtOnceByItsLineAndColumn() {
        // the header is line 1, so the three entries are lines 2, 3 and 4
        assertThatThrownBy(() -> ReferenceTables.codes(csv("""
                section,hscode,description,parent,level
                II,120,Three digits said to be four,12,4
                IX,44,Wood of a section not listed,TOTAL,2
                II,12,Oil seeds,TOTAL,two
                """), Map.of("II", "Vegetable products"))).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).containsExactly(
                new InputProblem(ReferenceTables.HS, "line 2", "hscode", "inconsistent entry for 120"),
                new InputProblem(ReferenceTables.HS, "line 3", "section", "inconsistent entry for 44"),
                new InputProblem(ReferenceTables.HS, "line 4", "level", "not a number")));
    }

    @Test
    void aFileThatIsNotCsvIsRefusedByItsName() {
        assertThatThrownBy(() -> ReferenceTables.sections(csv("section,name\nII,\"Vegetable products\n"))).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems().get(0).source()).isEqualTo(ReferenceTables.SECTIONS));
    }

    @Test
    void aChapterCountsInTheSectorOfItsSubheadings() {
        List<HsRow> codes = List.of(new HsRow("88", 2, null, "XVII", "Aircraft"), new HsRow("8802", 4, "88", "XVII", "Aeroplanes"),
                new HsRow("880240", 6, "8802", "XVII", "Large aeroplanes"));
        // 8802 is an aircraft prefix; chapter 88 is none, but its one subheading votes it into aircraft (1 of 1 votes)
        assertThat(ReferenceTables.sectorOfCode(codes, ReferenceTables.sectors())).containsExactlyInAnyOrderEntriesOf(
                Map.of("88", "aircraft", "8802", "aircraft", "880240", "aircraft"));
    }

    @Test
    void aNumberThatIsNotOneIsNoNumber() {
        assertThat(ReferenceTables.integerOrNull(" 704 ")).isEqualTo(704);
        assertThat(ReferenceTables.integerOrNull("n/a")).isNull();
        assertThat(ReferenceTables.integerOrNull(" ")).isNull();
    }

    private static final String VI_HEADER = "hscode,level,parent,description_vi,description_vi_path,description_en,derived_from\n";

    /** Chapter 01, heading 0102, subheading 010229 under it and one of its national lines; 77, which HS 2022 keeps in reserve. */
    private static final List<HsRow> LIVE_ANIMALS = List.of(new HsRow("01", 2, null, "I", "Animals; live"),
            new HsRow("0102", 4, "01", "I", "Bovine animals; live"), new HsRow("010229", 6, "0102", "I", "Cattle; live, other than pure-bred breeding"),
            new HsRow("0409", 4, "04", "I", "Honey; natural"), new HsRow("040900", 6, "0409", "I", "Honey; natural"));

    @Test
    void eachLevelGetsItsVietnameseTextAndASubheadingReadsWithItsHeadingAndThePathBetween() {
        ReferenceTables.Vietnamese vi = ReferenceTables.vietnamese(csv(VI_HEADER + """
                01,2,,Động vật sống,,,chapterNames.ts
                0102,4,01,Động vật sống họ trâu bò,,Live bovine animals,listed
                010229,6,0102,- - Loại khác:,Gia súc: > Loại khác:,- - Other:,listed
                01022911,8,010229,- - - - Bò thiến (SEN),Gia súc: > Loại khác: > Gia súc đực: > Bò thiến (SEN),- - - - Oxen,listed
                0409,4,04,Mật ong tự nhiên,,Natural honey,from 8-digit line 04090000
                040900,6,0409,Mật ong tự nhiên,,Natural honey,from 8-digit line 04090000
                77,2,,(Dự phòng cho việc phân loại tiếp theo trong tương lai của Hệ thống hài hòa),,,chapterNames.ts
                """), LIVE_ANIMALS);
        // the chapter and the heading as printed; the subheading: heading; "Gia súc" and "Loại khác" without their colons
        assertThat(vi.descriptions()).containsEntry("01", "Động vật sống").containsEntry("0102", "Động vật sống họ trâu bò")
                .containsEntry("010229", "Động vật sống họ trâu bò; Gia súc; Loại khác")
                // a subheading whose text is its heading's (no path) reads once, not "Mật ong tự nhiên; Mật ong tự nhiên"
                .containsEntry("040900", "Mật ong tự nhiên");
        // 01, 0102, 010229, 0409, 040900: five; the national line is checked and counted, not kept
        assertThat(vi.descriptions()).hasSize(5);
        assertThat(vi.nationalLines()).isEqualTo(1);
        assertThat(vi.notInHs2022()).containsExactly("77");
    }

    @Test
    void everyVietnameseLineOutOfRangeIsRefusedAtOnceByItsLineAndColumn() {
        // the header is line 1: lines 2 to 7 each break one field's rule
        assertThatThrownBy(() -> ReferenceTables.vietnamese(csv(VI_HEADER + """
                01,3,,Động vật sống,,,chapterNames.ts
                0102,4,02,Động vật sống họ trâu bò,,Live bovine animals,listed
                010229,6,0102,,Gia súc: > Loại khác:,- - Other:,listed
                0102291,8,010229,- - - - Bò thiến,,- - - - Oxen,listed
                0409,4,04,Mật ong tự nhiên,,Natural honey,
                040900,6,0409,Mật ong tự nhiên,,Natural honey
                """), LIVE_ANIMALS)).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).containsExactly(
                new InputProblem(ReferenceTables.VIETNAMESE, "line 2", "level", "not 2, 4, 6 or 8: '3'"),
                new InputProblem(ReferenceTables.VIETNAMESE, "line 3", "parent", "'02' is not the code above 0102"),
                new InputProblem(ReferenceTables.VIETNAMESE, "line 4", "description_vi", "empty"),
                new InputProblem(ReferenceTables.VIETNAMESE, "line 5", "hscode", "not a code of 8 digits: '0102291'"),
                new InputProblem(ReferenceTables.VIETNAMESE, "line 6", "derived_from", "empty: every line says where its text came from"),
                new InputProblem(ReferenceTables.VIETNAMESE, "line 7", null, "has 6 fields, the header 7")));
    }

    @Test
    void aVietnameseFileWithoutAColumnOrALineIsRefusedByWhatItLacks() {
        assertThatThrownBy(() -> ReferenceTables.vietnamese(csv("hscode,level,parent,description_vi,description_en,derived_from\n"
                + "01,2,,Động vật sống,,chapterNames.ts\n"), LIVE_ANIMALS)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems()).containsExactly(new InputProblem(ReferenceTables.VIETNAMESE, "line 1", "description_vi_path", "missing column")));
        assertThatThrownBy(() -> ReferenceTables.vietnamese(csv(VI_HEADER), LIVE_ANIMALS)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems()).containsExactly(new InputProblem(ReferenceTables.VIETNAMESE, null, null, "no lines under the header")));
    }
}
