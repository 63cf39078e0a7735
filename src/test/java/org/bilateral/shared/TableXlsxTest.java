package org.bilateral.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** An XLSX download shows every amount with the digits it has: none rounded away by the spreadsheet's doubles. */
class TableXlsxTest {

    @Test
    void anAmountBeyondFifteenDigitsIsWrittenWithEveryDigitNotAs1E16() throws Exception {
        Table table = new Table("t", List.of("largest", "ordinary", "whole", "negative"), List.of(List.of(
                Cell.money(new BigDecimal("9999999999999999.999999")), Cell.money(new BigDecimal("1234567.89")),
                Cell.money(new BigDecimal("12345678901234567")), Cell.money(new BigDecimal("-1000000000000000.5")))));

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(table.xlsx()))) {
            Row row = book.getSheetAt(0).getRow(3);
            // 22 significant digits: a double holds about 16, a spreadsheet shows 15, so the nearest double, 1.0E16,
            // would read 10,000,000,000,000,000. The cell keeps the 22 digits instead.
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("9,999,999,999,999,999.999999");
            // 9 significant digits: a number, summed and charted like any other, shown with thousands grouped
            assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(1234567.89);
            assertThat(row.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            // 17 digits, whole: 12345678901234567 is no double (the nearest is ...568), so it is its digits too
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("12,345,678,901,234,567");
            // 17 significant digits, negative, with its half
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("-1,000,000,000,000,000.5");
            assertThat(row.getCell(0).getCellStyle().getAlignment()).isEqualTo(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
        }
    }
}
