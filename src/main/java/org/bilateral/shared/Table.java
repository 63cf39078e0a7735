package org.bilateral.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A table as it is downloaded: a title saying what and from which data, a header, rows of typed {@link Cell}s, each
 * written by what it is (CSV: plain numbers; XLSX: amounts grouped; a terminal: see doors/OutputFormat).
 */
public record Table(String title, List<String> header, List<List<Cell>> rows) {

    /** What a title says, and a row's {@code data} column holds, where the figures derive from demonstration data. */
    public static final String SYNTHETIC_TITLE = " (SYNTHETIC demonstration data)";

    /**
     * The table with a {@code data} column saying "synthetic" on every row when its figures derive from demonstration
     * statistics, and its title saying so: one mark that a CSV row, an XLSX sheet and a printed table all carry.
     */
    public Table markedSynthetic(boolean synthetic) {
        List<String> h = new java.util.ArrayList<>(header);
        h.add("data");
        List<List<Cell>> r = new java.util.ArrayList<>(rows.size());
        for (List<Cell> row : rows) {
            List<Cell> marked = new java.util.ArrayList<>(row);
            marked.add(Cell.text(synthetic ? "synthetic" : ""));
            r.add(marked);
        }
        return new Table(synthetic && !title.endsWith(SYNTHETIC_TITLE) ? title + SYNTHETIC_TITLE : title, h, r);
    }

    /**
     * CSV with the header as first line, so spreadsheets and scripts read it as is. A text that a spreadsheet would take
     * for a formula (it begins with =, +, -, @, a tab or a carriage return, and is not a number) is written after a
     * single quote, as OWASP advises: {@code =cmd|' /C calc'!A0} in a buyer's name is shown, never run.
     */
    public byte[] csv() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
            printer.printRecord(header);
            for (List<Cell> row : rows) {
                printer.printRecord(row.stream().map(Table::csv).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A cell as a CSV field: numbers plain ("1234567.89", "0.125"), text inert, a day ISO, nothing as an empty field. */
    static @Nullable String csv(Cell cell) {
        if (cell instanceof Cell.Text t) {
            return inert(t.text());
        }
        return cell instanceof Cell.Empty ? null : cell.plain();
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    /** The text as a spreadsheet cannot run it. */
    static String inert(String text) {
        if (text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0 || NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }

    /** An XLSX workbook with the title above the table, the header bold and frozen, amounts formatted. */
    public byte[] xlsx() {
        return xlsx(List.of(this), List.of("Bilateral"));
    }

    /**
     * Several tables in one workbook, one sheet each, named as given (a sheet name is at most 31 characters and has none
     * of []:*?/\; names are made so, and unique, here), each written as {@link #xlsx()} writes one.
     */
    public static byte[] xlsx(List<Table> tables, List<String> sheetNames) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            CellStyle exact = exactAmountStyle(workbook);
            java.util.Set<String> used = new java.util.HashSet<>();
            for (int t = 0; t < tables.size(); t++) {
                String name = org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(sheetNames.get(t));
                String unique = name;
                for (int n = 2; !used.add(unique.toLowerCase(java.util.Locale.ROOT)); n++) {
                    unique = name.substring(0, Math.min(name.length(), 27)) + " " + n;
                }
                tables.get(t).writeTo(workbook.createSheet(unique), bold, money, exact);
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The style of an amount written as text by {@link #writeAmount}: right-aligned like the numbers, kept as typed. */
    public static CellStyle exactAmountStyle(Workbook workbook) {
        CellStyle exact = workbook.createCellStyle();
        exact.setAlignment(HorizontalAlignment.RIGHT);
        exact.setDataFormat(workbook.createDataFormat().getFormat("@"));
        return exact;
    }

    /**
     * Writes an amount into a spreadsheet cell, the one way every XLSX writer does: as a number when a spreadsheet's
     * number holds it exactly, otherwise as its every digit, grouped, in a text cell of style {@code exact}
     * ({@link #exactAmountStyle}). A spreadsheet keeps 15 significant digits: 9999999999999999.999999 would become
     * 1.0E16 there, and 999999999999999.99 would become 1.0E15, altered. Returns whether it was written as a number,
     * so that the caller may give it its number format.
     */
    public static boolean writeAmount(org.apache.poi.ss.usermodel.Cell cell, BigDecimal amount, CellStyle exact) {
        if (spreadsheetHolds(amount)) {
            cell.setCellValue(amount.doubleValue());
            return true;
        }
        cell.setCellValue(exactDigits(amount));
        cell.setCellStyle(exact);
        return false;
    }

    /** The most significant digits a spreadsheet keeps of a number (Excel's and LibreOffice's 15). */
    static final int SPREADSHEET_DIGITS = 15;

    /** Whether a spreadsheet's number holds the amount exactly: at most 15 significant digits. */
    static boolean spreadsheetHolds(BigDecimal b) {
        return b.stripTrailingZeros().precision() <= SPREADSHEET_DIGITS;
    }

    /** The amount's every digit, thousands grouped: "9,999,999,999,999,999.999999". */
    static String exactDigits(BigDecimal b) {
        String plain = b.toPlainString();
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        StringBuilder grouped = new StringBuilder();
        for (int k = 0; k < whole.length(); k++) {
            if (k > 0 && (whole.length() - k) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(whole.charAt(k));
        }
        return (negative ? "-" : "") + grouped + (point < 0 ? "" : digits.substring(point));
    }

    /**
     * A cell into a sheet: an amount as {@link #writeAmount} writes it, grouped; a share as its fraction and a plain
     * number as it is (both numbers a spreadsheet sorts); a day and text as text; nothing as no cell at all.
     */
    private static void write(Row row, int i, Cell value, CellStyle money, CellStyle exact) {
        if (value instanceof Cell.Amount a) {
            org.apache.poi.ss.usermodel.Cell cell = row.createCell(i);
            if (writeAmount(cell, a.money().usd(), exact)) {
                cell.setCellStyle(money);
            }
        } else if (value instanceof Cell.Plain n) {
            writeAmount(row.createCell(i), n.value(), exact);
        } else if (value instanceof Cell.Fraction f) {
            writeAmount(row.createCell(i), f.share().fraction(), exact);
        } else if (value instanceof Cell.Rate p) {
            writeAmount(row.createCell(i), p.percent(), exact);
        } else if (value instanceof Cell.Count c) {
            row.createCell(i).setCellValue(c.count());
        } else if (value instanceof Cell.Day d) {
            row.createCell(i).setCellValue(d.date().toString());
        } else if (value instanceof Cell.Text t) {
            row.createCell(i).setCellValue(t.text());
        }
    }

    private void writeTo(Sheet sheet, CellStyle bold, CellStyle money, CellStyle exact) {
        sheet.createRow(0).createCell(0).setCellValue(title);
        Row head = sheet.createRow(2);
        for (int i = 0; i < header.size(); i++) {
            head.createCell(i).setCellValue(header.get(i));
            head.getCell(i).setCellStyle(bold);
        }
        int r = 3;
        for (List<Cell> values : rows) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < values.size(); i++) {
                write(row, i, values.get(i), money, exact);
            }
        }
        sheet.createFreezePane(0, 3);
        for (int i = 0; i < header.size(); i++) {
            sheet.setColumnWidth(i, Math.min(60, Math.max(12, header.get(i).length() + 4)) * 256);
        }
    }
}
