package org.bilateral.doors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bilateral.shared.Cell;
import org.bilateral.shared.Table;
import org.junit.jupiter.api.Test;

/** A terminal's table writes each cell by what it is: no share is guessed from a scale of 4, no amount from digits. */
class OutputFormatTest {

    @Test
    void anAmountIsGroupedAShareIsInPercentAndAChangeCarriesItsSign() {
        // 1,234,567.89 to the dollar: 1,234,568; 0.25 = 25.0%; -0.0125 = -1.25% to one decimal, half up: -1.3%
        assertThat(OutputFormat.cell(Cell.money(new BigDecimal("1234567.89")))).isEqualTo("1,234,568");
        assertThat(OutputFormat.cell(Cell.share(new BigDecimal("0.25")))).isEqualTo("25.0%");
        assertThat(OutputFormat.cell(Cell.change(new BigDecimal("-0.0125")))).isEqualTo("-1.3%");
        assertThat(OutputFormat.cell(Cell.change(new BigDecimal("0.1000")))).isEqualTo("+10.0%");
        assertThat(OutputFormat.cell(Cell.rate(new BigDecimal("12.5")))).isEqualTo("12.5%");
    }

    @Test
    void aNumberWithFourDecimalsIsANumberNotAPercent() {
        // an exchange rate of 0.0400 was printed "+4.0%" when a scale of 4 meant percent; it is 0.0400
        assertThat(OutputFormat.cell(Cell.number(new BigDecimal("0.0400")))).isEqualTo("0.0400");
        assertThat(OutputFormat.cell(Cell.count(12))).isEqualTo("12");
        assertThat(OutputFormat.cell(Cell.EMPTY)).isEmpty();
    }

    @Test
    void numbersAreAlignedRightAndWordsLeft() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<List<Cell>> rows = List.of(List.of(Cell.text("VN"), Cell.money(new BigDecimal("500"))),
                List.of(Cell.text("US"), Cell.money(new BigDecimal("1250"))));
        OutputFormat.TABLE.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), null, null,
                new Table("t", List.of("side", "value"), rows), List.of("side", "value"), rows);
        // "value" is 5 wide: "500" padded to "  500", "1,250" fills it
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines().toList())
                .containsExactly("side  value", "-----------", "VN      500", "US    1,250");
    }
}
