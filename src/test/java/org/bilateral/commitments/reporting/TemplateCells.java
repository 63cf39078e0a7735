package org.bilateral.commitments.reporting;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/** Fills cells of a downloaded workbook as an enterprise would, by sheet and A1 reference. */
final class TemplateCells {

    private TemplateCells() {
    }

    /** Sets a whole column (by letter) of every data row, or single cells given as "B2" references. */
    static byte[] fill(byte[] xlsx, String sheetName, Object... referencesAndValues) {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.getSheet(sheetName);
            for (int i = 0; i < referencesAndValues.length; i += 2) {
                String ref = (String) referencesAndValues[i];
                Object value = referencesAndValues[i + 1];
                if (ref.chars().allMatch(Character::isLetter)) {
                    int column = CellReference.convertColStringToIndex(ref);
                    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                        set(row(sheet, r), column, value);
                    }
                } else {
                    CellReference cell = new CellReference(ref);
                    set(row(sheet, cell.getRow()), cell.getCol(), value);
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets cells to formulas, saved as a program writes them: without a computed value. */
    static byte[] formulas(byte[] xlsx, String sheetName, String... referencesAndFormulas) {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.getSheet(sheetName);
            for (int i = 0; i < referencesAndFormulas.length; i += 2) {
                CellReference cell = new CellReference(referencesAndFormulas[i]);
                row(sheet, cell.getRow()).createCell(cell.getCol()).setCellFormula(referencesAndFormulas[i + 1]);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Rewrites text in the workbook's shared strings as another program would have written it: POI itself replaces
     * characters such as NUL by '?', where a spreadsheet writes them escaped (_x0000_).
     */
    static byte[] sharedText(byte[] xlsx, String from, String to) {
        try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(xlsx)); ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             var out = new java.util.zip.ZipOutputStream(bytes)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/sharedStrings.xml")) {
                    content = new String(content, StandardCharsets.UTF_8).replace(from, to)
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A workbook of the template's sheets with many Forecasts rows, written as a stream (it is never held whole either). */
    static java.nio.file.Path largeForecasts(java.nio.file.Path file, int rows, java.util.function.BiConsumer<Row, Integer> fill) {
        try (var wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100); var out = java.nio.file.Files.newOutputStream(file)) {
            wb.createSheet("About").createRow(1).createCell(1).setCellValue("2026-Q1");
            wb.createSheet("Progress");
            Sheet forecasts = wb.createSheet("Forecasts");
            for (int r = 0; r < rows; r++) {
                fill.accept(forecasts.createRow(r), r);
            }
            wb.write(out);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Row row(Sheet sheet, int r) {
        Row row = sheet.getRow(r);
        return row == null ? sheet.createRow(r) : row;
    }

    private static void set(Row row, int column, Object value) {
        if (value instanceof Number n) {
            row.createCell(column).setCellValue(n.doubleValue());
        } else if (value == null) {
            row.createCell(column).setBlank();
        } else {
            row.createCell(column).setCellValue(value.toString());
        }
    }
}
