package org.bilateral.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A download's cell is written by what it holds, never by the scale of its digits. */
class CellTest {

    private static final List<String> HEADER = List.of("text", "amount", "score", "count", "share", "change", "rate", "day",
            "nothing");

    private static Table everyKind() {
        return new Table("t", HEADER, List.of(List.of(Cell.text("Vinafood"), Cell.money(new BigDecimal("1234567.89")),
                Cell.number(0.125), Cell.count(12), Cell.share(new BigDecimal("0.2500")), Cell.change(new BigDecimal("-0.0125")),
                Cell.rate(new BigDecimal("12.5")), Cell.date(LocalDate.of(2026, 3, 15)), Cell.EMPTY)));
    }

    @Test
    void aCsvWritesEveryNumberPlainAndNothingAsAnEmptyField() {
        String csv = new String(everyKind().csv(), StandardCharsets.UTF_8);
        // each figure as its digits, none grouped or rounded: the share keeps its four decimals, the rate its percent
        assertThat(csv.lines().toList().get(1)).isEqualTo("Vinafood,1234567.89,0.125,12,0.2500,-0.0125,12.5,2026-03-15,");
    }

    @Test
    void anXlsxGroupsAmountsAndKeepsSharesAndScoresAsTheNumbersTheyAre() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(everyKind().xlsx()))) {
            Row row = book.getSheetAt(0).getRow(3);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Vinafood");
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(1234567.89);
            assertThat(row.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            // a score of 0.125 shown as "#,##0" would read 0: it keeps the spreadsheet's general format
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(0.125);
            assertThat(row.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("General");
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(12.0);
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(0.25);
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(-0.0125);
            assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(12.5);
            assertThat(row.getCell(7).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(7).getStringCellValue()).isEqualTo("2026-03-15");
            assertThat(row.getCell(8)).as("nothing is no cell at all").isNull();
        }
    }

    @Test
    void whatIsUnknownIsAnEmptyCellAndTheMarkOfSyntheticDataIsOneMoreTextCell() {
        assertThat(Cell.money((BigDecimal) null)).isSameAs(Cell.EMPTY);
        assertThat(Cell.share((Share) null)).isSameAs(Cell.EMPTY);
        assertThat(Cell.text(null)).isSameAs(Cell.EMPTY);
        assertThat(Cell.textOrBlank(null)).isEqualTo(new Cell.Text(""));
        Table marked = everyKind().markedSynthetic(true);
        assertThat(marked.title()).isEqualTo("t" + Table.SYNTHETIC_TITLE);
        assertThat(marked.rows().get(0)).hasSize(10).last().isEqualTo(Cell.text("synthetic"));
    }

    @Test
    void aCellReadsAsItsValueInPlainWords() {
        // what a test or a log line reads: digits, a percent sign on a rate (20) and a share (0.125 = 12.5%), "" for nothing
        assertThat(Cell.rate(new BigDecimal("20.0")) + " " + Cell.share(new BigDecimal("0.125")) + " " + Cell.money(new BigDecimal("12.50"))
                + "|" + Cell.EMPTY + "|").isEqualTo("20% 12.5% 12.50||");
    }
}
