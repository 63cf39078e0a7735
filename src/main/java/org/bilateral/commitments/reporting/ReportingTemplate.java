package org.bilateral.commitments.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bilateral.commitments.Deal;
import org.bilateral.commitments.DealStage;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.NotFound;
import org.bilateral.shared.Period;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The XLSX workbook the ministry sends enterprises and imports back: one row per deal for progress, free rows for demand
 * forecasts. An import is checked cell by cell first; any problem, named by sheet, row and column, refuses the whole file.
 */
@Service
public class ReportingTemplate {

    static final String ABOUT = "About";
    static final String PROGRESS = "Progress";
    static final String FORECASTS = "Forecasts";
    static final List<String> PROGRESS_COLUMNS = List.of("Deal", "Buyer", "Seller", "Goods", "Stage", "Delivered quantity to date",
            "Delivered value to date (USD)", "Next milestones", "Obstacles");
    static final List<String> FORECAST_COLUMNS = List.of("Enterprise", "HS code", "Product", "Year", "Quantity", "Unit", "Value (USD)");
    private static final int FORECAST_ROWS = 200;

    /** What an import stored. */
    public record Imported(String fileName, Period period, int progressReports, int forecasts) {
    }

    private final EnterpriseReporting reporting;

    ReportingTemplate(EnterpriseReporting reporting) {
        this.reporting = reporting;
    }

    /** The template for the enterprises in scope (or one of them), prefilled with their deals and their last reports. */
    public byte[] write(ReporterScope scope, Period period, Long enterprise) {
        List<EnterpriseReporting.Enterprise> enterprises = reporting.enterprises(scope).stream()
                .filter(e -> enterprise == null || e.id() == enterprise).toList();
        if (enterprise != null && enterprises.isEmpty()) {
            throw new NotFound("enterprise " + enterprise);
        }
        List<Long> ids = enterprises.stream().map(EnterpriseReporting.Enterprise::id).toList();
        List<Deal> deals = reporting.deals(scope).stream().filter(d -> ids.contains(d.buyerId()) && !d.aggregate()).toList();
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet about = wb.createSheet(ABOUT);
            String[][] lines = {
                    {"Bilateral: progress on purchase deals and demand forecasts"},
                    {"Period", period.toString()},
                    {"Enterprises", enterprises.stream().map(EnterpriseReporting.Enterprise::name).collect(Collectors.joining("; "))},
                    {"Stages", Arrays.stream(DealStage.values()).map(DealStage::label).collect(Collectors.joining(", "))},
                    {"How", "Fill one row of Progress per deal and any rows of Forecasts, then upload this file on the reporting page. "
                            + "Values are US dollars; delivered figures are totals to date. Do not change the Deal column or this sheet's period."}};
            for (int i = 0; i < lines.length; i++) {
                Row row = about.createRow(i);
                for (int j = 0; j < lines[i].length; j++) {
                    row.createCell(j).setCellValue(lines[i][j]);
                }
                row.getCell(0).setCellStyle(bold);
            }
            about.setColumnWidth(0, 16 * 256);
            about.setColumnWidth(1, 100 * 256);

            Sheet progress = header(wb.createSheet(PROGRESS), PROGRESS_COLUMNS, bold);
            Map<Long, List<ProgressReport>> reported = reporting.progress(deals.stream().map(Deal::id).toList());
            int r = 1;
            for (Deal d : deals) {
                Row row = progress.createRow(r++);
                List<ProgressReport> last = reported.getOrDefault(d.id(), List.of());
                ProgressReport previous = last.isEmpty() ? null : last.get(0);
                row.createCell(0).setCellValue("D" + d.id());
                row.createCell(1).setCellValue(d.buyer());
                row.createCell(2).setCellValue(d.seller() == null ? "" : d.seller());
                row.createCell(3).setCellValue((d.quantity() == null ? "" : d.quantityText() + " ") + d.item());
                row.createCell(4).setCellValue(d.stage().label());
                if (previous != null && previous.deliveredQuantity() != null) {
                    row.createCell(5).setCellValue(previous.deliveredQuantity().doubleValue());
                }
                if (previous != null && previous.deliveredValueUsd() != null) {
                    row.createCell(6).setCellValue(previous.deliveredValueUsd().doubleValue());
                }
            }
            DataValidationHelper help = progress.getDataValidationHelper();
            String[] stages = Arrays.stream(DealStage.values()).map(DealStage::label).toArray(String[]::new);
            if (!deals.isEmpty()) {
                var stageList = help.createValidation(help.createExplicitListConstraint(stages), new CellRangeAddressList(1, deals.size(), 4, 4));
                stageList.setShowErrorBox(true);
                progress.addValidationData(stageList);
            }
            Sheet forecasts = header(wb.createSheet(FORECASTS), FORECAST_COLUMNS, bold);
            // HS codes are text: 0201 read as a number would lose its leading zero.
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            forecasts.setDefaultColumnStyle(1, text);
            String[] names = enterprises.stream().map(EnterpriseReporting.Enterprise::name).toArray(String[]::new);
            if (names.length > 0 && String.join(",", names).length() < 250) {
                var nameList = help.createValidation(forecasts.getDataValidationHelper().createExplicitListConstraint(names),
                        new CellRangeAddressList(1, FORECAST_ROWS, 0, 0));
                forecasts.addValidationData(nameList);
            }
            r = 1;
            for (DemandForecast f : reporting.forecasts(scope)) {
                if (ids.contains(f.organisationId()) && f.period().equals(period)) {
                    Row row = forecasts.createRow(r++);
                    row.createCell(0).setCellValue(f.enterprise());
                    row.createCell(1).setCellValue(f.hsCode());
                    row.getCell(1).setCellStyle(text);
                    row.createCell(2).setCellValue(f.product());
                    row.createCell(3).setCellValue(f.year());
                    if (f.quantity() != null) {
                        row.createCell(4).setCellValue(f.quantity().doubleValue());
                    }
                    row.createCell(5).setCellValue(f.unit() == null ? "" : f.unit());
                    if (f.valueUsd() != null) {
                        row.createCell(6).setCellValue(f.valueUsd().doubleValue());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sheet header(Sheet sheet, List<String> columns, CellStyle bold) {
        Row head = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            head.createCell(i).setCellValue(columns.get(i));
            head.getCell(i).setCellStyle(bold);
            sheet.setColumnWidth(i, Math.max(14, columns.get(i).length() + 4) * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    /** Reads a filled template back: all of it, or nothing when any cell is wrong. */
    @Transactional
    public Imported read(ReporterScope scope, InputStream in, String fileName, String via) {
        List<InputProblem> problems = new ArrayList<>();
        List<SubmitProgress> progress = new ArrayList<>();
        List<SubmitForecast> forecasts = new ArrayList<>();
        Period period;
        try (Workbook wb = WorkbookFactory.create(in)) {
            Sheet about = wb.getSheet(ABOUT);
            Sheet progressSheet = wb.getSheet(PROGRESS);
            Sheet forecastSheet = wb.getSheet(FORECASTS);
            if (about == null || progressSheet == null || forecastSheet == null) {
                throw new InvalidInput(fileName, "not a Bilateral reporting template: it needs the sheets About, Progress and Forecasts");
            }
            Cells cells = new Cells(fileName, problems);
            period = cells.period(about);
            Map<Long, Deal> deals = reporting.deals(scope).stream().collect(Collectors.toMap(Deal::id, Function.identity()));
            cells.checkHeader(progressSheet, PROGRESS_COLUMNS);
            cells.checkHeader(forecastSheet, FORECAST_COLUMNS);
            for (int r = 1; r <= progressSheet.getLastRowNum(); r++) {
                Row row = progressSheet.getRow(r);
                if (row == null || cells.text(row, 0) == null && cells.text(row, 4) == null) {
                    continue;
                }
                Long dealId = cells.deal(progressSheet, row, deals);
                DealStage stage = cells.stage(progressSheet, row, 4);
                BigDecimal quantity = cells.amount(progressSheet, row, 5);
                BigDecimal value = cells.amount(progressSheet, row, 6);
                if (dealId != null && stage != null && period != null) {
                    progress.add(new SubmitProgress(dealId, period, stage, quantity, value, cells.text(row, 7), cells.text(row, 8)));
                }
            }
            Map<String, Long> enterprises = reporting.enterprises(scope).stream()
                    .collect(Collectors.toMap(e -> e.name().toLowerCase(java.util.Locale.ROOT), EnterpriseReporting.Enterprise::id, (a, b) -> a));
            for (int r = 1; r <= forecastSheet.getLastRowNum(); r++) {
                Row row = forecastSheet.getRow(r);
                if (row == null || java.util.stream.IntStream.range(0, FORECAST_COLUMNS.size()).allMatch(c -> cells.text(row, c) == null)) {
                    continue;
                }
                Long enterprise = cells.enterprise(forecastSheet, row, enterprises);
                HsCode hs = cells.hsCode(forecastSheet, row, 1);
                Integer year = cells.year(forecastSheet, row, 3);
                BigDecimal quantity = cells.amount(forecastSheet, row, 4);
                BigDecimal value = cells.amount(forecastSheet, row, 6);
                if (quantity == null && value == null && cells.fine(forecastSheet, row, 4) && cells.fine(forecastSheet, row, 6)) {
                    cells.problem(forecastSheet, row, 6, "a forecast needs a quantity or a value");
                }
                if (enterprise != null && hs != null && year != null && period != null && (quantity != null || value != null)) {
                    forecasts.add(new SubmitForecast(enterprise, period, hs, cells.text(row, 2), year, quantity, cells.text(row, 5), value));
                }
            }
        } catch (IOException | org.apache.poi.UnsupportedFileFormatException | org.apache.poi.EmptyFileException e) {
            throw new InvalidInput(fileName, "not an XLSX workbook: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        progress.forEach(p -> reporting.submit(scope, p, via));
        forecasts.forEach(f -> reporting.submit(scope, f));
        return new Imported(fileName, period, progress.size(), forecasts.size());
    }

    /** Reads cells, recording each problem with its sheet, row and column as a spreadsheet shows them. */
    private static final class Cells {
        private final String fileName;
        private final List<InputProblem> problems;
        private final DataFormatter formatter = new DataFormatter();

        Cells(String fileName, List<InputProblem> problems) {
            this.fileName = fileName;
            this.problems = problems;
        }

        void problem(Sheet sheet, Row row, int column, String message) {
            List<String> header = sheet.getSheetName().equals(PROGRESS) ? PROGRESS_COLUMNS : FORECAST_COLUMNS;
            problems.add(new InputProblem(fileName, "sheet " + sheet.getSheetName() + ", row " + (row.getRowNum() + 1),
                    "column " + CellReference.convertNumToColString(column) + " (" + header.get(column) + ")", message));
        }

        boolean fine(Sheet sheet, Row row, int column) {
            return problems.stream().noneMatch(p -> p.location().equals("sheet " + sheet.getSheetName() + ", row " + (row.getRowNum() + 1))
                    && p.field().startsWith("column " + CellReference.convertNumToColString(column) + " "));
        }

        void checkHeader(Sheet sheet, List<String> columns) {
            Row head = sheet.getRow(0);
            for (int i = 0; i < columns.size(); i++) {
                String found = head == null ? null : text(head, i);
                if (found == null || !found.equalsIgnoreCase(columns.get(i))) {
                    problems.add(new InputProblem(fileName, "sheet " + sheet.getSheetName() + ", row 1",
                            "column " + CellReference.convertNumToColString(i), "the header should read '" + columns.get(i) + "'"
                            + (found == null ? "" : ", not '" + found + "'")));
                }
            }
        }

        Period period(Sheet about) {
            Row row = about.getRow(1);
            String text = row == null ? null : text(row, 1);
            try {
                return Period.parse(text);
            } catch (IllegalArgumentException e) {
                problems.add(new InputProblem(fileName, "sheet About, row 2", "column B (Period)", e.getMessage()));
                return null;
            }
        }

        String text(Row row, int column) {
            Cell cell = row.getCell(column);
            if (cell == null) {
                return null;
            }
            String s = cell.getCellType() == CellType.FORMULA ? formatter.formatCellValue(cell, cell.getSheet().getWorkbook()
                    .getCreationHelper().createFormulaEvaluator()) : formatter.formatCellValue(cell);
            return s == null || s.isBlank() ? null : s.strip();
        }

        Long deal(Sheet sheet, Row row, Map<Long, Deal> deals) {
            String s = text(row, 0);
            if (s == null) {
                problem(sheet, row, 0, "is empty: each row reports on the deal named here");
                return null;
            }
            try {
                long id = Long.parseLong(s.replaceFirst("^[Dd]", ""));
                if (!deals.containsKey(id)) {
                    problem(sheet, row, 0, "there is no deal " + s + " among the deals you report on");
                    return null;
                }
                return id;
            } catch (NumberFormatException e) {
                problem(sheet, row, 0, "'" + s + "' is not a deal number such as D12");
                return null;
            }
        }

        DealStage stage(Sheet sheet, Row row, int column) {
            String s = text(row, column);
            if (s == null) {
                problem(sheet, row, column, "is empty");
                return null;
            }
            try {
                return DealStage.parse(s);
            } catch (IllegalArgumentException e) {
                problem(sheet, row, column, e.getMessage());
                return null;
            }
        }

        BigDecimal amount(Sheet sheet, Row row, int column) {
            Cell cell = row.getCell(column);
            if (cell == null || cell.getCellType() == CellType.BLANK) {
                return null;
            }
            if (cell.getCellType() == CellType.NUMERIC) {
                BigDecimal v = BigDecimal.valueOf(cell.getNumericCellValue());
                if (v.signum() < 0) {
                    problem(sheet, row, column, "cannot be negative");
                    return null;
                }
                return v;
            }
            String s = text(row, column);
            if (s == null) {
                return null;
            }
            try {
                BigDecimal v = new BigDecimal(s.replace(",", "").replace(" ", ""));
                if (v.signum() < 0) {
                    problem(sheet, row, column, "cannot be negative");
                    return null;
                }
                return v;
            } catch (NumberFormatException e) {
                problem(sheet, row, column, "'" + s + "' is not a number");
                return null;
            }
        }

        Integer year(Sheet sheet, Row row, int column) {
            BigDecimal v = amount(sheet, row, column);
            if (v == null) {
                if (fine(sheet, row, column)) {
                    problem(sheet, row, column, "is empty");
                }
                return null;
            }
            if (v.stripTrailingZeros().scale() > 0 || v.intValue() < 2000 || v.intValue() > 2100) {
                problem(sheet, row, column, v.toPlainString() + " is not a year");
                return null;
            }
            return v.intValue();
        }

        HsCode hsCode(Sheet sheet, Row row, int column) {
            String s = text(row, column);
            if (s == null || !HsCode.isValid(s.replace(".", ""))) {
                problem(sheet, row, column, s == null ? "is empty" : "'" + s + "' is not an HS code (2, 4, 6, 8 or 10 digits)");
                return null;
            }
            return HsCode.of(s.replace(".", ""));
        }

        Long enterprise(Sheet sheet, Row row, Map<String, Long> enterprises) {
            String s = text(row, 0);
            if (s == null) {
                problem(sheet, row, 0, "is empty");
                return null;
            }
            Long id = enterprises.get(s.toLowerCase(java.util.Locale.ROOT));
            if (id == null) {
                problem(sheet, row, 0, "'" + s + "' is not an enterprise you report for");
            }
            return id;
        }
    }
}
