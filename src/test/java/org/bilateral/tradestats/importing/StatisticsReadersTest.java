package org.bilateral.tradestats.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.bilateral.WorkbenchTest;
import org.bilateral.reference.CountryDirectory;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.bilateral.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** What each reader makes of the files users really download, quirks included. */
@WorkbenchTest
class StatisticsReadersTest {

    @Autowired CountryDirectory countries;

    private List<Figure> read(StatisticsReader reader, String text, ReadContext context) throws IOException {
        List<Figure> figures = new ArrayList<>();
        reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), context, figures::add);
        return figures;
    }

    @Test
    void censusRowsWithARepeatedPredicateColumnYearAndMonthAndATotalLine() throws IOException {
        // The API repeats CTY_CODE when it is also a predicate, and may give YEAR and MONTH instead of time.
        String json = """
                [["E_COMMODITY","ALL_VAL_MO","CTY_CODE","CTY_NAME","YEAR","MONTH","CTY_CODE"],
                ["-","1000","5520","VIETNAM","2024","03","5520"],
                ["880240","400","5520","VIETNAM","2024","03","5520"],
                ["880240","77","1XXX","NORTH AMERICA","2024","03","1XXX"]]""";
        ReadContext context = new ReadContext("exports.json");

        List<Figure> figures = read(new CensusJsonReader(countries), json, context);

        assertThat(figures).hasSize(2);
        assertThat(figures.get(0).hsCode()).as("'-' is the all-products total").isEmpty();
        assertThat(figures.get(1)).satisfies(f -> {
            assertThat(f.flow()).isEqualTo(Flow.EXPORT);
            assertThat(f.partner().value()).isEqualTo("VN");
            assertThat(f.reporter().value()).isEqualTo("US");
            assertThat(f.period()).isEqualTo(YearMonth.of(2024, 3));
            assertThat(f.valuation()).as("Census exports, ALL_VAL_MO, are valued f.a.s., free alongside ship").isEqualTo("FAS");
            assertThat(f.sourceLine()).isEqualTo(3);
        });
        assertThat(context.skipped()).containsOnlyKeys("Census country groups (CTY_CODE 1...)");
    }

    @Test
    void censusAllCountriesAreKeptAsWorldTotalsApartFromTheCountries() throws IOException {
        String json = """
                [["I_COMMODITY","GEN_VAL_MO","CTY_CODE","CTY_NAME","time"],
                ["850440","9000","-","TOTAL FOR ALL COUNTRIES","2024-03"],
                ["850440","400","5520","VIETNAM","2024-03"]]""";
        List<Figure> figures = read(new CensusJsonReader(countries), json, new ReadContext("imports.json"));

        assertThat(figures).extracting(f -> f.partner().value(), Figure::valueUsd).containsExactly(
                org.assertj.core.groups.Tuple.tuple("XW", "9000"), org.assertj.core.groups.Tuple.tuple("VN", "400"));
        assertThat(figures.get(0).partner()).isEqualTo(CountryCode.WORLD);
    }

    @Test
    void censusImportsKeepImportsForConsumptionBesideGeneralImports() throws IOException {
        String json = """
                [["I_COMMODITY","GEN_VAL_MO","CON_VAL_MO","CTY_CODE","time","GEN_QY1_MO","UNIT_QY1"],
                ["5201000000","5000","4900","5520","2024-11","1200","KG"]]""";
        Figure cotton = read(new CensusJsonReader(countries), json, new ReadContext("imports.json")).get(0);
        assertThat(cotton.valueUsd()).isEqualTo("5000");
        assertThat(cotton.altValueUsd()).isEqualTo("4900");
        assertThat(cotton.valuation()).isEqualTo("CV");
        assertThat(cotton.hsLevel()).isEqualTo(10);
        assertThat(cotton.quantity()).isEqualTo("1200");
        assertThat(cotton.quantityUnit()).isEqualTo("KG");
    }

    @Test
    void aCensusQuantityThatIsNotANumberIsRefusedNotLeftOut() {
        String json = """
                [["I_COMMODITY","GEN_VAL_MO","CTY_CODE","time","GEN_QY1_MO","UNIT_QY1"],
                ["5201000000","5000","5520","2024-11","about 1200","KG"]]""";

        assertThatThrownBy(() -> read(new CensusJsonReader(countries), json, new ReadContext("imports.json")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("GEN_QY1_MO");
                    assertThat(p.message()).isEqualTo("'about 1200' is not a quantity (a non-negative number)");
                }));
    }

    @Test
    void censusProblemsNameLineAndField() {
        String json = """
                [["I_COMMODITY","GEN_VAL_MO","CTY_CODE","time"],
                ["847130","-5","5520","2024-01"],
                ["8471X","10","5520","2024-01"],
                ["847130","10","5520","January"]]""";
        assertThatThrownBy(() -> read(new CensusJsonReader(countries), json, new ReadContext("bad.json")))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems()).extracting(p -> p.location() + " " + p.field())
                        .containsExactly("line 2 (record 1) GEN_VAL_MO", "line 3 (record 2) I_COMMODITY",
                                "line 4 (record 3) time"));
    }

    @Test
    void aCensusMonthNotWrittenExactlyYyyyMmIsRefusedByItsFieldNotGuessedOrTrimmed() {
        String json = """
                [["I_COMMODITY","GEN_VAL_MO","CTY_CODE","time","GEN_QY1_MO","UNIT_QY1"],
                ["847130","10","5520","2024-1","",""],
                ["847130","10","5520","2024-01\\u0007","",""],
                ["847130","10","5520"," 2024-01","",""],
                ["847130","10","5520","2024-01","5","KG\\t"]]""";

        assertThatThrownBy(() -> read(new CensusJsonReader(countries), json, new ReadContext("bad.json")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(Object::toString).containsExactly(
                        "bad.json, line 2 (record 1), field time: '2024-1' is not a month (YYYY-MM) of the years from 1950 to 2100",
                        "bad.json, line 3 (record 2), field time: '2024-01\u0007' is not a month (YYYY-MM) of the years from 1950 to 2100",
                        "bad.json, line 4 (record 3), field time: ' 2024-01' is not a month (YYYY-MM) of the years from 1950 to 2100",
                        "bad.json, line 5 (record 4), field UNIT_QY1: holds the character U+0009 at position 3 (a control character)"));
    }

    @Test
    void comtradeJsonFromTheApiOrAsABareArrayWithWorldKeptApartAndBreakdownsLeftOut() throws IOException {
        String record = """
                {"freqCode":"M","period":"202405","reporterCode":704,"reporterISO":"VNM","partnerCode":842,
                 "flowCode":"M","partner2Code":0,"classificationCode":"H6","cmdCode":"120190","customsCode":"C00",
                 "motCode":0,"cifvalue":1060.5,"fobvalue":null,"primaryValue":1060.5,"qty":250000,"qtyUnitAbbr":"kg"}""";
        String world = record.replace("\"partnerCode\":842", "\"partnerCode\":0");
        String bySea = record.replace("\"motCode\":0", "\"motCode\":2100");
        ReadContext context = new ReadContext("comtrade.json");

        List<Figure> api = read(new ComtradeJsonReader(countries),
                "{\"elements\":null,\"count\":3,\"data\":[" + record + "," + world + "," + bySea + "],\"error\":\"\"}", context);
        List<Figure> bare = read(new ComtradeJsonReader(countries), "[" + record + "]", new ReadContext("bare.json"));

        assertThat(api).hasSize(2);
        assertThat(api.get(1).partner()).as("partner 0, the world: totals kept under their own partner").isEqualTo(CountryCode.WORLD);
        assertThat(bare).hasSize(1);
        assertThat(api.get(0)).satisfies(f -> {
            assertThat(f.reporter().value()).isEqualTo("VN");
            assertThat(f.partner().value()).as("Comtrade's USA is 842").isEqualTo("US");
            assertThat(f.valuation()).isEqualTo("CIF");
            assertThat(f.valueUsd()).isEqualTo("1060.5");
            assertThat(f.annual()).isFalse();
        });
        assertThat(context.skippedCount()).as("the breakdown by transport mode").isEqualTo(1);
    }

    @Test
    void aComtradeNumberOfAHugeExponentIsRefusedNotExpanded() {
        String record = """
                {"freqCode":"M","period":"202405","reporterCode":704,"reporterISO":"VNM","partnerCode":842,
                 "flowCode":"M","partner2Code":0,"classificationCode":"H6","cmdCode":"120190","customsCode":"C00",
                 "motCode":0,"cifvalue":null,"fobvalue":null,"primaryValue":1e999999999,"qty":1e999999999,"qtyUnitAbbr":"kg"}""";
        assertThatThrownBy(() -> read(new ComtradeJsonReader(countries), "[" + record + "]", new ReadContext("huge.json")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("primaryValue");
                    assertThat(p.message()).contains("1e999999999", "below 10,000,000,000,000,000");
                }));
    }

    @Test
    void monthsOutsideTheYearsAPeriodMayLieInAreRefused() {
        String json = """
                [["I_COMMODITY","GEN_VAL_MO","CTY_CODE","time"],
                ["847130","10","5520","0000-01"],
                ["847130","10","5520","9999-12"]]""";
        assertThatThrownBy(() -> read(new CensusJsonReader(countries), json, new ReadContext("years.json")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(p -> p.field() + ": " + p.message())
                        .containsExactly("time: '0000-01' is not a month (YYYY-MM) of the years from 1950 to 2100",
                                "time: '9999-12' is not a month (YYYY-MM) of the years from 1950 to 2100"));
    }

    @Test
    void amountsAndQuantitiesHaveTheirBounds() {
        assertThat(Values.isAmount("1.2E7")).isTrue();
        assertThat(Values.isAmount("9999999999999999.99")).isTrue();
        assertThat(Values.isAmount("10000000000000000")).isFalse();
        assertThat(Values.isAmount("1060.505")).as("Comtrade writes fractions of a cent").isTrue();
        assertThat(Values.isAmount("1E2000000000")).isFalse();
        assertThat(Values.isAmount("1e-7")).isFalse();
        assertThat(Values.isQuantity("250000.125")).isTrue();
        assertThat(Values.isQuantity("1E31")).isFalse();
    }

    @Test
    void theApisWholeEnvelopeAsRecordedIsReadWithItsWorldTotalsApart() throws IOException {
        String answer = java.nio.file.Files.readString(java.nio.file.Path.of(
                "src/test/resources/tradestats/recorded/comtrade-vn-imports-202501.json"));

        List<Figure> figures = read(new ComtradeJsonReader(countries), answer, new ReadContext("answer.json"));

        // TOTAL, soya beans and cotton from the US, and the TOTAL from the world: 4 figures, none skipped
        assertThat(figures).extracting(f -> f.partner().value() + " " + f.hsCode() + " " + f.valueUsd() + " " + f.valuation())
                .containsExactly("US  155000000.5 CIF", "US 120190 95000000.5 CIF", "US 520100 60000000.0 CIF",
                        CountryCode.WORLD.value() + "  30000000000.0 CIF");
        assertThat(figures.get(1).quantity()).as("qty 190,000,000 kg of soya beans").isEqualTo("190000000.0");
        assertThat(figures.get(0).quantity()).as("the TOTAL's qtyUnitAbbr N/A is no unit").isNull();
    }

    @Test
    void aComtradeErrorAfterTheRecordsRefusesTheWholeResponse() {
        String record = """
                {"freqCode":"M","period":"202501","reporterCode":704,"partnerCode":842,"flowCode":"M","partner2Code":0,
                 "classificationCode":"H6","cmdCode":"TOTAL","customsCode":"C00","motCode":0,"primaryValue":10}""";
        assertThatThrownBy(() -> read(new ComtradeJsonReader(countries),
                "{\"elapsedTime\":\"0.1 secs\",\"count\":1,\"data\":[" + record + "],\"error\":\"Request timed out\"}",
                new ReadContext("late-error.json")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("error");
                    assertThat(p.message()).isEqualTo("the Comtrade response reports an error after its records: Request timed out");
                }));
    }

    @Test
    void aComtradeErrorResponseIsReportedAsSuch() {
        assertThatThrownBy(() -> read(new ComtradeJsonReader(countries),
                "{\"elements\":null,\"count\":0,\"error\":\"Invalid subscription key\"}", new ReadContext("error.json")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("Invalid subscription key");
    }

    @Test
    void comtradeCsvWithAByteOrderMarkAndAMismatchedFrequency() {
        String csv = "\uFEFFfreqCode,period,reporterCode,partnerCode,flowCode,cmdCode,primaryValue\n"
                + "A,2024,704,842,X,TOTAL,100\n"
                + "M,2024,704,842,X,TOTAL,100\n";
        assertThatThrownBy(() -> read(new ComtradeCsvReader(countries, ','), csv, new ReadContext("vn.csv")))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.location()).isEqualTo("line 3");
                            assertThat(p.field()).isEqualTo("freqCode");
                        }));
    }

    @Test
    void aComtradeUnitEndingInAControlCharacterIsRefusedByLineAndFieldNotTrimmed() {
        // Line 2's unit ends in U+0007, line 3's in a tab: String.trim would have stored both as "kg".
        String csv = "freqCode,period,reporterCode,partnerCode,flowCode,cmdCode,primaryValue,qty,qtyUnitAbbr\n"
                + "A,2024,704,842,X,TOTAL,100,5,kg\u0007\n"
                + "A,2024,704,842,X,TOTAL,100,5,\"kg\t\"\n";
        List<Figure> figures = new ArrayList<>();
        assertThatThrownBy(() -> new ComtradeCsvReader(countries, ',').read(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), new ReadContext("vn.csv"), figures::add))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(Object::toString).containsExactly(
                        "vn.csv, line 2, field qtyUnitAbbr: holds the character U+0007 at position 3 (a control character)",
                        "vn.csv, line 3, field qtyUnitAbbr: holds the character U+0009 at position 3 (a control character)"));
        assertThat(figures).as("nothing read to import").isEmpty();
    }

    @Test
    void ordinarySpacesAroundAComtradeFieldAreStripped() throws IOException {
        String csv = "freqCode,period,reporterCode,partnerCode,flowCode,cmdCode,primaryValue,qty,qtyUnitAbbr\n"
                + "A, 2024 ,704,842,X,TOTAL,100,5, kg \n";
        List<Figure> figures = read(new ComtradeCsvReader(countries, ','), csv, new ReadContext("vn.csv"));
        assertThat(figures).singleElement().satisfies(f -> {
            assertThat(f.period()).isEqualTo(YearMonth.of(2024, 1));
            assertThat(f.quantityUnit()).isEqualTo("kg");
        });
    }

    @Test
    void formatsAreRecognisedByContentNotByName(@TempDir Path dir) throws IOException {
        assertThat(FileFormat.detect(Files.writeString(dir.resolve("a.txt"), "[[\"I_COMMODITY\",\"CTY_CODE\"]]")))
                .isEqualTo(FileFormat.CENSUS_JSON);
        assertThat(FileFormat.detect(Files.writeString(dir.resolve("b.txt"), "{\"data\":[{\"reporterCode\":704}]}")))
                .isEqualTo(FileFormat.COMTRADE_JSON);
        assertThat(FileFormat.detect(Files.writeString(dir.resolve("c.txt"), "\uFEFFtypeCode,freqCode,reporterCode\n")))
                .isEqualTo(FileFormat.COMTRADE_CSV);
        assertThat(FileFormat.detect(Files.writeString(dir.resolve("d.json"),
                "period,reporter,partner,flow,value_usd,statistics_of\n"))).isEqualTo(FileFormat.PUBLISHED_FIGURES);
        assertThat(FileFormat.detect(Files.writeString(dir.resolve("e.json"), "{\"hello\":1}"))).isNull();
    }
}
