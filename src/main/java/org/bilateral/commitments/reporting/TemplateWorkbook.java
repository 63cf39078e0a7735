package org.bilateral.commitments.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bilateral.commitments.Deal;
import org.bilateral.shared.DealId;
import org.bilateral.shared.Table;

/**
 * Writes the reporting template: an About sheet naming the period and the enterprises, a Progress sheet with one row
 * per deal prefilled with its last report, and a Forecasts sheet with the period's forecasts and room for more; each
 * sheet, heading, line and stage in the reporter's language ({@link TemplateWords}).
 */
final class TemplateWorkbook {

    private static final int FORECAST_ROWS = 200;

    /** What the template is written for, read beforehand by the use case. */
    record Contents(List<EnterpriseReporting.Enterprise> enterprises, String period, List<Deal> deals,
                    Map<DealId, List<ProgressReport>> reported, List<DemandForecast> forecasts) {
    }

    private final XSSFWorkbook wb;
    private final TemplateWords words;
    private final CellStyle bold;
    /** An amount beyond a spreadsheet's 15 digits is written as text with every digit; the import reads it back. */
    private final CellStyle exact;

    private TemplateWorkbook(XSSFWorkbook wb, TemplateWords words) {
        this.wb = wb;
        this.words = words;
        this.bold = wb.createCellStyle();
        Font font = wb.createFont();
        font.setBold(true);
        bold.setFont(font);
        this.exact = Table.exactAmountStyle(wb);
    }

    static byte[] write(Contents c, TemplateWords words) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            TemplateWorkbook t = new TemplateWorkbook(wb, words);
            t.about(c);
            t.progress(c);
            t.forecasts(c);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void about(Contents c) {
        Sheet about = wb.createSheet(words.about());
        String[][] lines = {
                {words.title()},
                {words.period(), c.period()},
                {words.enterprises(), c.enterprises().stream().map(EnterpriseReporting.Enterprise::name).collect(Collectors.joining("; "))},
                {words.stages(), String.join(", ", words.stageLabels())},
                {words.how(), words.howText()}};
        for (int i = 0; i < lines.length; i++) {
            Row row = about.createRow(i);
            for (int j = 0; j < lines[i].length; j++) {
                row.createCell(j).setCellValue(lines[i][j]);
            }
            row.getCell(0).setCellStyle(bold);
        }
        about.setColumnWidth(0, 16 * 256);
        about.setColumnWidth(1, 100 * 256);
    }

    private void progress(Contents c) {
        Sheet progress = header(wb.createSheet(words.progress()), words.progressColumns());
        int r = 1;
        for (Deal d : c.deals()) {
            Row row = progress.createRow(r++);
            List<ProgressReport> last = c.reported().getOrDefault(d.id(), List.of());
            ProgressReport previous = last.isEmpty() ? null : last.get(0);
            row.createCell(0).setCellValue(d.id().toString());
            row.createCell(1).setCellValue(d.buyer());
            row.createCell(2).setCellValue(d.seller() == null ? "" : d.seller());
            row.createCell(3).setCellValue((d.quantity() == null ? "" : d.quantityText() + " ") + d.item());
            row.createCell(4).setCellValue(words.stage(d.stage()));
            if (previous != null && previous.deliveredQuantity() != null) {
                Table.writeAmount(row.createCell(5), previous.deliveredQuantity(), exact);
            }
            if (previous != null && previous.deliveredValueUsd() != null) {
                Table.writeAmount(row.createCell(6), previous.deliveredValueUsd(), exact);
            }
        }
        DataValidationHelper help = progress.getDataValidationHelper();
        String[] stages = words.stageLabels().toArray(String[]::new);
        if (!c.deals().isEmpty()) {
            var stageList = help.createValidation(help.createExplicitListConstraint(stages), new CellRangeAddressList(1, c.deals().size(), 4, 4));
            stageList.setShowErrorBox(true);
            progress.addValidationData(stageList);
        }
    }

    private void forecasts(Contents c) {
        Sheet forecasts = header(wb.createSheet(words.forecasts()), words.forecastColumns());
        // HS codes are text: 0201 read as a number would lose its leading zero.
        CellStyle text = wb.createCellStyle();
        text.setDataFormat(wb.createDataFormat().getFormat("@"));
        forecasts.setDefaultColumnStyle(1, text);
        String[] names = c.enterprises().stream().map(EnterpriseReporting.Enterprise::name).toArray(String[]::new);
        if (names.length > 0 && String.join(",", names).length() < 250) {
            DataValidationHelper help = forecasts.getDataValidationHelper();
            forecasts.addValidationData(help.createValidation(help.createExplicitListConstraint(names),
                    new CellRangeAddressList(1, FORECAST_ROWS, 0, 0)));
        }
        int r = 1;
        for (DemandForecast f : c.forecasts()) {
            Row row = forecasts.createRow(r++);
            row.createCell(0).setCellValue(f.enterprise());
            row.createCell(1).setCellValue(f.hsCode());
            row.getCell(1).setCellStyle(text);
            row.createCell(2).setCellValue(f.product());
            row.createCell(3).setCellValue(f.year());
            if (f.quantity() != null) {
                Table.writeAmount(row.createCell(4), f.quantity(), exact);
            }
            row.createCell(5).setCellValue(f.unit() == null ? "" : f.unit());
            if (f.valueUsd() != null) {
                Table.writeAmount(row.createCell(6), f.valueUsd(), exact);
            }
        }
    }

    private Sheet header(Sheet sheet, List<String> columns) {
        Row head = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            head.createCell(i).setCellValue(columns.get(i));
            head.getCell(i).setCellStyle(bold);
            sheet.setColumnWidth(i, Math.max(14, columns.get(i).length() + 4) * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }
}
