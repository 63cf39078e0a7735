package org.bilateral.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.junit.jupiter.api.Test;

class CsvProblemsTest {

    private static final CSVFormat WITH_HEADER = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get();

    private static RuntimeException readingFails(String csv) {
        try {
            WITH_HEADER.parse(new StringReader(csv)).getRecords();
        } catch (IOException e) {
            return new UncheckedIOException(e);
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("read without complaint: " + csv);
    }

    @Test
    void aHeaderNamingAColumnTwiceIsSaidSo() {
        IllegalArgumentException e = (IllegalArgumentException) readingFails("hs,value,hs\n10,1\n");
        assertThat(CsvProblems.header("deals.csv", e)).isEqualTo(new InputProblem("deals.csv", "line 1", null, "the header names a column twice"));
    }

    @Test
    void aHeaderWithAColumnWithoutANameIsSaidSo() {
        IllegalArgumentException e = (IllegalArgumentException) readingFails("hs,,value\n10,,1\n");
        assertThat(CsvProblems.header("deals.csv", e).message()).isEqualTo("the header has a column without a name");
    }

    @Test
    void aQuotedCellNeverClosedIsPlacedOnItsLine() {
        // the header is line 1, the good record line 2, the open quote begins on line 3
        RuntimeException e = readingFails("hs,value\n10,1\n\"11,2\n");
        assertThat(CsvProblems.record("deals.csv", e)).isEqualTo(new InputProblem("deals.csv", "line 3", null, "a quoted cell is never closed"));
    }

    @Test
    void aQuotedCellWithCharactersAfterItsQuoteIsPlacedOnItsLine() {
        RuntimeException e = readingFails("hs,value\n10,1\n\"11\"x,2\n");
        assertThat(CsvProblems.record("deals.csv", e))
                .isEqualTo(new InputProblem("deals.csv", "line 3", null, "a quoted cell is followed by other characters before the next comma"));
    }

    @Test
    void bytesThatAreNotUtf8AreSaidToBeSoWithoutALine() {
        RuntimeException e = new UncheckedIOException(new MalformedInputException(1));
        assertThat(CsvProblems.record("deals.csv", e)).isEqualTo(new InputProblem("deals.csv", null, null, TextFiles.NOT_UTF8));
    }

    @Test
    void anythingElseCannotBeReadAsCsv() {
        assertThat(CsvProblems.record("deals.csv", new IllegalStateException("odd")).message()).isEqualTo("cannot be read as CSV");
    }
}
