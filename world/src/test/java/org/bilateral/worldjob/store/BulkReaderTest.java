package org.bilateral.worldjob.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilateral.worldjob.store.BulkLinesFixture.HEADER;
import static org.bilateral.worldjob.store.BulkLinesFixture.row;
import static org.bilateral.worldjob.store.BulkLinesFixture.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BulkReaderTest {

    private final List<FlowRow> rows = new ArrayList<>();

    private BulkReader.Summary read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private BulkReader.Summary read(byte[] bytes) throws IOException {
        rows.clear();
        return BulkReader.read("COMTRADE-FINAL-CA7042019H5.txt", new ByteArrayInputStream(bytes), rows::add);
    }

    private static final List<String> SIX_ROWS = List.of(
            row("M", "156", "TOTAL", "-1", "", "1000.5"),
            row("M", "156", "850440", "8", "20", "600.25"),
            String.join("\t", "A", "2019", "704", "M", "156", "410", "H5", "850440", "C00", "0", "0", "8", "5", "99"),
            String.join("\t", "A", "2019", "704", "M", "156", "0", "H5", "850440", "C01", "0", "0", "8", "5", "99"),
            String.join("\t", "A", "2019", "704", "X", "842", "0", "H5", "850440", "C00", "1", "0", "8", "5", "99"),
            row("DX", "842", "850440", "8", "5", "99"));

    @Test
    void onlyTotalsOfTheFourFlowsAreKeptAndEverySkippedRowIsCountedByWhy() throws IOException {
        BulkReader.Summary summary = read(text(HEADER, SIX_ROWS));

        // 6 rows read: 2 kept; second partner 410, customs C01 and motCode 1 are 3 breakdowns; DX is 1 other flow
        assertThat(summary.problems()).isEmpty();
        assertThat(summary.rowsRead()).isEqualTo(6);
        assertThat(summary.rowsKept()).isEqualTo(2);
        assertThat(summary.skipped()).containsOnly(
                org.assertj.core.api.Assertions.entry(BulkReader.BREAKDOWNS, 3L),
                org.assertj.core.api.Assertions.entry("flows other than imports, exports, re-imports and re-exports (DX)", 1L));
        assertThat(rows).containsExactly(
                new FlowRow(2019, 704, "M", 156, "TOTAL", "H5", new BigDecimal("1000.500000"), null, null),
                new FlowRow(2019, 704, "M", 156, "850440", "H5", new BigDecimal("600.250000"), 8, new BigDecimal("20.000000")));
    }

    @Test
    void aCommaSeparatedFileWithQuotedFieldsReadsAsTheTabSeparatedOne() throws IOException {
        String header = HEADER.replace('\t', ',');
        List<String> commaRows = SIX_ROWS.stream().map(r -> r.replace('\t', ',')).toList();
        List<String> quoted = new ArrayList<>(commaRows);
        quoted.set(1, "\"A\",\"2019\",704,M,156,0,H5,\"850440\",C00,0,0,8,20,\"600.25\"");

        BulkReader.Summary summary = read(text(header, quoted));

        assertThat(summary.problems()).isEmpty();
        assertThat(summary.rowsKept()).isEqualTo(2);
        assertThat(rows.get(1).value()).isEqualTo(new BigDecimal("600.250000"));
        assertThat(rows.get(1).cmd()).isEqualTo("850440");
    }

    @Test
    void aGzippedFileIsKnownByItsMagicBytesAndAByteOrderMarkIsPassedOver() throws IOException {
        BulkReader.Summary summary = read(BulkLinesFixture.gzip("\uFEFF" + text(HEADER, SIX_ROWS)));

        assertThat(summary.problems()).isEmpty();
        assertThat(summary.rowsKept()).isEqualTo(2);
    }

    @Test
    void headerNamesAreMatchedWithoutRegardToCaseAndCrlfLinesAreRead() throws IOException {
        String shouting = HEADER.toUpperCase(java.util.Locale.ROOT);
        BulkReader.Summary summary = read(text(shouting, SIX_ROWS).replace("\n", "\r\n"));

        assertThat(summary.problems()).isEmpty();
        assertThat(summary.rowsKept()).isEqualTo(2);
        assertThat(rows.get(0).value()).isEqualTo(new BigDecimal("1000.500000"));
    }

    @Test
    void amountsAreKeptExactlyToTheMillionthAndNeverRounded() throws IOException {
        BulkReader.Summary summary = read(text(HEADER, List.of(
                row("M", "156", "85", "-1", "", "1234.5"),
                row("M", "156", "8504", "-1", "", "1.2E7"),
                row("M", "156", "850440", "8", "0.000001", "0.000001"),
                row("M", "156", "850450", "-1", "", "9999999999999999.999999"))));

        assertThat(summary.problems()).isEmpty();
        // 1234.5 → 1234.500000; 1.2E7 = 12,000,000 → 12000000.000000; the millionth kept as written
        assertThat(rows).extracting(FlowRow::value).containsExactly(new BigDecimal("1234.500000"),
                new BigDecimal("12000000.000000"), new BigDecimal("0.000001"), new BigDecimal("9999999999999999.999999"));
        assertThat(rows.get(0).value().toPlainString()).isEqualTo("1234.500000");
    }

    @Test
    void aQuantityIsKeptOnlyWithAUnitAndABlankOrNegativeOneIsNone() throws IOException {
        read(text(HEADER, List.of(
                row("M", "156", "850440", "8", "-1", "10"),
                row("M", "156", "850450", "-1", "7", "10"),
                row("M", "156", "850460", "1", "7", "10"),
                row("M", "156", "850470", "", "7", "10"),
                row("M", "156", "850480", "5", "", "10"),
                row("M", "156", "850490", "-1.0", "3", "10"))));

        assertThat(rows).extracting(FlowRow::qtyUnit).containsExactly(8, null, null, null, 5, null);
        assertThat(rows).extracting(FlowRow::qty).containsOnlyNulls();
    }

    @ParameterizedTest(name = "{0} = ''{1}'' is refused: {2}")
    @CsvSource(delimiter = '|', value = {
            "classificationCode|S4|\"S4\" is not a Harmonized System classification (H0 = HS 1992 … H6 = HS 2022)",
            "classificationCode|HS|\"HS\" is not a Harmonized System classification",
            "flowCode|1|\"1\" is not a flow code (M, X, RM, RX",
            "reporterCode|VNM|\"VNM\" is not a UN M49 area code from 1 to 999",
            "reporterCode|0|\"0\" is not a UN M49 area code from 1 to 999",
            "partnerCode|1000|\"1000\" is not a UN M49 area code from 0 (World) to 999",
            "partnerCode||\"\" is not a UN M49 area code from 0 (World) to 999",
            "reporterCode||\"\" is not a UN M49 area code from 1 to 999",
            "partner2Code|x|\"x\" is not an area code from 0 to 999",
            "motCode|air|\"air\" is not a whole number from 0 to 9999",
            "mosCode|-3|\"-3\" is not a whole number from 0 to 9999",
            "customsCode|C-00|\"C-00\" is not a customs code",
            "period|1987|\"1987\" is not of the years from 1988 to 2100",
            "period|2101|\"2101\" is not of the years from 1988 to 2100",
            "period|19|\"19\" is not a year (YYYY) from 1988 to 2100",
            "freqCode|Q|\"Q\" does not match period 2019",
            "cmdCode|85044|\"85044\" is neither TOTAL nor an HS code of 2, 4 or 6 digits",
            "cmdCode|85044A|\"85044A\" is neither TOTAL nor an HS code of 2, 4 or 6 digits",
            "primaryValue|12,5|\"12,5\" is not a non-negative amount in US dollars below 10,000,000,000,000,000 with at most 6 decimals",
            "primaryValue|-5|\"-5\" is not a non-negative amount",
            "primaryValue|0.0000001|\"0.0000001\" is not a non-negative amount",
            "primaryValue|1E16|\"1E16\" is not a non-negative amount",
            "primaryValue|1E2000000000|\"1E2000000000\" is not a non-negative amount",
            "primaryValue||empty (a non-negative amount in US dollars",
            "qtyUnitCode|kg|\"kg\" is not a quantity unit code (a whole number from -1 to 99)",
            "qty|12 kg|\"12 kg\" is not a quantity (a number below 1,000,000,000,000,000,000 with at most 6 decimals",
            "qty|0.0000001|\"0.0000001\" is not a quantity",
    })
    void aFieldOutsideItsRangeIsRefusedNamingFileLineAndField(String field, String value, String said) throws IOException {
        String header = HEADER + "\tsynthetic";
        List<String> names = List.of(header.split("\t"));
        String[] bad = (row("M", "156", "850440", "8", "20", "600.25") + "\tfalse").split("\t", -1);
        bad[names.indexOf(field)] = value == null ? "" : value;

        BulkReader.Summary summary = read(text(header, List.of(row("M", "156", "TOTAL", "-1", "", "1") + "\tfalse",
                String.join("\t", bad))));

        // the header is line 1, the good row line 2, the bad one line 3
        assertThat(summary.problems()).hasSize(1);
        assertThat(summary.problems().get(0)).startsWith("COMTRADE-FINAL-CA7042019H5.txt, line 3, field " + field + ": " + said);
        assertThat(summary.refused()).isTrue();
    }

    @Test
    void aSyntheticColumnSayingTrueMarksTheFileAndAnythingButTrueFalseOrBlankIsRefused() throws IOException {
        String header = HEADER + "\tsynthetic";
        assertThat(read(text(header, List.of(row("M", "156", "TOTAL", "-1", "", "1") + "\ttrue"))).synthetic()).isTrue();
        assertThat(read(text(header, List.of(row("M", "156", "TOTAL", "-1", "", "1") + "\t"))).synthetic()).isFalse();
        assertThat(read(text(header, List.of(row("M", "156", "TOTAL", "-1", "", "1") + "\tyes"))).problems())
                .containsExactly("COMTRADE-FINAL-CA7042019H5.txt, line 2, field synthetic: \"yes\" is not true, false or blank");
    }

    @Test
    void aTruncatedGzipIsRefusedAsABrokenDownloadAfterItsLastWholeLine() throws IOException {
        byte[] whole = BulkLinesFixture.gzip(text(HEADER, SIX_ROWS));
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 12); // without the trailer's CRC and length

        BulkReader.Summary summary = read(cut);

        assertThat(summary.refused()).isTrue();
        assertThat(summary.problems()).singleElement().asString()
                .startsWith("COMTRADE-FINAL-CA7042019H5.txt, line ").contains("field (file): the gzip stream is broken after line ");
    }

    @Test
    void aMonthlyFileIsRefusedWholeAtItsFirstMonth() throws IOException {
        String month = row("M", "156", "TOTAL", "-1", "", "1").replace("A\t2019", "M\t201903");
        BulkReader.Summary summary = read(text(HEADER, List.of(month, month, month)));

        assertThat(summary.problems()).containsExactly("COMTRADE-FINAL-CA7042019H5.txt, line 2, field period: \"201903\" is a month: "
                + "the world store holds annual files (freqCode A, period YYYY)");
        assertThat(rows).isEmpty();
    }

    @Test
    void aControlCharacterIsRefusedByItsFieldRatherThanTrimmedAway() throws IOException {
        BulkReader.Summary summary = read(text(HEADER, List.of(row("M", "156", "850440\u0007", "8", "20", "600.25"))));

        // 850440 is 6 characters: the bell is the 7th
        assertThat(summary.problems()).containsExactly("COMTRADE-FINAL-CA7042019H5.txt, line 2, field cmdCode: "
                + "holds the character U+0007 at position 7 (a control character)");
    }

    @Test
    void aLineLongerThan64KiBIsRefusedByTheFieldItRunsOverInAndTheNextLineIsStillRead() throws IOException {
        String longQty = "1".repeat(BulkLines.LONGEST);
        BulkReader.Summary summary = read(text(HEADER, List.of(row("M", "156", "850440", "8", longQty, "600.25"),
                row("M", "156", "850440", "8", "20", "x"))));

        // qty is the 13th of 14 fields: the line runs past 65,536 characters inside it
        assertThat(summary.problems()).containsExactly(
                "COMTRADE-FINAL-CA7042019H5.txt, line 2, field qty: the line is longer than 65536 characters (the longest a bulk line may be)",
                "COMTRADE-FINAL-CA7042019H5.txt, line 3, field primaryValue: \"x\" is not a non-negative amount in US dollars "
                        + "below 10,000,000,000,000,000 with at most 6 decimals");
    }

    @Test
    void anEmptyLineHoldsNoFigureAndIsCountedAsSkippedNotRefused() throws IOException {
        BulkReader.Summary summary = read(text(HEADER, List.of(row("M", "156", "TOTAL", "-1", "", "1"), "")) + "\n");

        // "header\nrow\n\n\n": one figure, then two empty lines (the empty row, and the extra line break at the end)
        assertThat(summary.problems()).isEmpty();
        assertThat(summary.rowsRead()).isEqualTo(1);
        assertThat(summary.skipped()).containsExactly(org.assertj.core.api.Assertions.entry("empty lines", 2L));
    }

    @Test
    void aLineWithFewerFieldsThanTheHeaderIsRefusedNamingTheFirstMissingField() throws IOException {
        BulkReader.Summary summary = read(text(HEADER, List.of("A\t2019\t704\tM")));

        assertThat(summary.problems()).containsExactly("COMTRADE-FINAL-CA7042019H5.txt, line 2, field partnerCode: "
                + "missing: the line has 4 fields where the header names 14");
    }

    @Test
    void aHeaderWithoutARequiredColumnIsRefusedOnLineOne() throws IOException {
        BulkReader.Summary summary = read(text(HEADER.replace("\tprimaryValue", ""), List.of()));

        assertThat(summary.problems()).hasSize(1);
        assertThat(summary.problems().get(0)).startsWith("COMTRADE-FINAL-CA7042019H5.txt, line 1, field primaryValue: missing from the header");
    }

    @Test
    void atMostAHundredProblemsAreListedThenHowManyMoreAndNoRowIsHandedOnAfterTheFirst() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(row("M", "156", "TOTAL", "-1", "", "1"));
        for (int i = 0; i < 150; i++) {
            lines.add(row("M", "156", "850440", "8", "20", "bad"));
        }
        lines.add(row("M", "156", "850450", "8", "20", "2"));

        BulkReader.Summary summary = read(text(HEADER, lines));

        // 150 bad rows: 100 listed (lines 3 to 102), then "and 50 more"; the good row before them was handed on, none after
        assertThat(summary.problems()).hasSize(101);
        assertThat(summary.problems().get(0)).startsWith("COMTRADE-FINAL-CA7042019H5.txt, line 3, field primaryValue:");
        assertThat(summary.problems().get(99)).startsWith("COMTRADE-FINAL-CA7042019H5.txt, line 102, field primaryValue:");
        assertThat(summary.problems().get(100)).isEqualTo("and 50 more");
        assertThat(summary.rowsRead()).isEqualTo(152);
        assertThat(rows).hasSize(1);
    }
}
