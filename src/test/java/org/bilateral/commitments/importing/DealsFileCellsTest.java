package org.bilateral.commitments.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.bilateral.commitments.ReportedValue;
import org.bilateral.shared.InputProblem;
import org.junit.jupiter.api.Test;

/** A deals file's value cells read as a ReportedValue, each refusal by its line and column. */
class DealsFileCellsTest {

    private final List<InputProblem> problems = new ArrayList<>();

    private DealsFileCells cells(String header, String row) throws IOException {
        CSVRecord record = CSVParser.parse(new StringReader(header + "\n" + row + "\n"),
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()).getRecords().get(0);
        return new DealsFileCells(record, "deals.csv", problems);
    }

    @Test
    void aDollarRangeIsReadAsGiven() throws IOException {
        ReportedValue v = cells("value_usd_low,value_usd_high", "1000,1200").value();

        assertThat(v.lowUsd()).isEqualByComparingTo("1000");
        assertThat(v.highUsd()).isEqualByComparingTo("1200");
        assertThat(problems).isEmpty();
    }

    @Test
    void aValueInAnotherCurrencyIsConvertedAtItsRate() throws IOException {
        ReportedValue v = cells("currency,value_low,usd_rate,rate_date", "EUR,100,1.08,2025-05-02").value();

        // one amount is both ends: 100 EUR × 1.08 = 108.00 USD.
        assertThat(v.lowUsd()).isEqualByComparingTo("108.00");
        assertThat(v.highUsd()).isEqualByComparingTo("108.00");
    }

    @Test
    void aFractionOfACentOrAMissingRateIsRefusedByItsColumn() throws IOException {
        assertThat(cells("value_usd_low", "0.005").value()).isNull();
        assertThat(cells("currency,value_low", "EUR,100").value()).isNull();

        // the data row of each file is its line 2
        assertThat(problems).extracting(InputProblem::location, InputProblem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("line 2", "value_usd_low"),
                        org.assertj.core.groups.Tuple.tuple("line 2", "usd_rate"));
    }
}
