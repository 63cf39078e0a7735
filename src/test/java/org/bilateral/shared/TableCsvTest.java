package org.bilateral.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A CSV download never hands a spreadsheet a formula to run (OWASP's CSV injection advice). */
class TableCsvTest {

    @Test
    void textThatASpreadsheetWouldRunIsWrittenAfterAQuote() {
        Table table = new Table("t", List.of("buyer", "value", "note"), List.of(
                List.of(Cell.text("=cmd|' /C calc'!A0"), Cell.money(new BigDecimal("-55800000000")), Cell.text("@SUM(A1:A9)")),
                List.of(Cell.text("+1+1"), Cell.money(new BigDecimal("12.5")), Cell.text("-2+3")),
                List.of(Cell.text("\tTAB"), Cell.money(BigDecimal.ZERO), Cell.text("\rCR")),
                List.of(Cell.text("Vietnam Airlines"), Cell.money(new BigDecimal("1")), Cell.text("-12.5"))));
        String csv = new String(table.csv(), StandardCharsets.UTF_8);
        assertThat(csv).contains("'=cmd|' /C calc'!A0", "'@SUM(A1:A9)", "'+1+1", "'-2+3", "'\tTAB", "'\rCR")
                .as("numbers stay numbers, negative ones included").contains(",-55800000000,", ",-12.5")
                .contains("Vietnam Airlines,1,");
    }
}
