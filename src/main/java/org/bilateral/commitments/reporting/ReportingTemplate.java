package org.bilateral.commitments.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bilateral.commitments.Deal;
import org.bilateral.commitments.DealStage;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Limits;
import org.bilateral.shared.NotFound;
import org.bilateral.shared.Period;
import org.bilateral.shared.Table;
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
            throw new NotFound(NotFound.Thing.ENTERPRISE, enterprise);
        }
        List<Long> ids = enterprises.stream().map(EnterpriseReporting.Enterprise::id).toList();
        List<Deal> deals = reporting.deals(scope).stream().filter(d -> ids.contains(d.buyerId()) && !d.aggregate()).toList();
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            // an amount beyond a spreadsheet's 15 digits is written as text with every digit; the import reads it back
            CellStyle exact = Table.exactAmountStyle(wb);
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
                    Table.writeAmount(row.createCell(5), previous.deliveredQuantity(), exact);
                }
                if (previous != null && previous.deliveredValueUsd() != null) {
                    Table.writeAmount(row.createCell(6), previous.deliveredValueUsd(), exact);
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
                        Table.writeAmount(row.createCell(4), f.quantity(), exact);
                    }
                    row.createCell(5).setCellValue(f.unit() == null ? "" : f.unit());
                    if (f.valueUsd() != null) {
                        Table.writeAmount(row.createCell(6), f.valueUsd(), exact);
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

    /** The largest template upload taken: a filled template with every deal and a thousand forecasts is far smaller. */
    public static final long LARGEST_UPLOAD = 10L << 20;

    /**
     * Reads a filled template back: all of it, or nothing when any cell is wrong. The workbook is read as a stream of
     * rows (see {@link WorkbookRows}), so a large or inflated file is refused without being held in memory.
     */
    @Transactional
    public Imported read(ReporterScope scope, Path file, String fileName, String via) {
        List<InputProblem> problems = new ArrayList<>();
        List<SubmitProgress> progress = new ArrayList<>();
        List<SubmitForecast> forecasts = new ArrayList<>();
        Map<String, List<WorkbookRows.Row>> sheets = WorkbookRows.read(file, fileName, Set.of(ABOUT, PROGRESS, FORECASTS),
                Math.max(PROGRESS_COLUMNS.size(), FORECAST_COLUMNS.size()));
        if (sheets.size() < 3) {
            throw new InvalidInput(fileName, "not a Bilateral reporting template: it needs the sheets About, Progress and Forecasts");
        }
        Cells cells = new Cells(fileName, problems);
        Period period = cells.period(sheets.get(ABOUT));
        Map<Long, Deal> deals = reporting.deals(scope).stream().collect(Collectors.toMap(Deal::id, Function.identity()));
        List<WorkbookRows.Row> progressRows = cells.body(PROGRESS, sheets.get(PROGRESS), PROGRESS_COLUMNS);
        List<WorkbookRows.Row> forecastRows = cells.body(FORECASTS, sheets.get(FORECASTS), FORECAST_COLUMNS);
        Map<Long, Integer> reportedAt = new HashMap<>();
        for (WorkbookRows.Row row : progressRows) {
            if (row.blankAt(0) && row.blankAt(4)) {
                continue; // a row with neither deal nor stage is no report; its cells are read once, below
            }
            Long dealId = cells.deal(row, deals);
            if (dealId != null && reportedAt.putIfAbsent(dealId, row.number()) != null) {
                cells.problem(PROGRESS, row, 0, "D" + dealId + " is reported on row " + reportedAt.get(dealId) + " already");
                dealId = null;
            }
            DealStage stage = cells.stage(row, 4);
            BigDecimal quantity = cells.amount(PROGRESS, row, 5);
            BigDecimal value = cells.money(PROGRESS, row, 6);
            String milestones = cells.text(PROGRESS, row, 7);
            String obstacles = cells.text(PROGRESS, row, 8);
            if (dealId != null && stage != null && period != null && cells.fine(PROGRESS, row)) {
                progress.add(new SubmitProgress(dealId, period, stage, quantity, value, milestones, obstacles));
            }
        }
        Map<String, Long> enterprises = reporting.enterprises(scope).stream()
                .collect(Collectors.toMap(e -> e.name().toLowerCase(Locale.ROOT), EnterpriseReporting.Enterprise::id, (a, b) -> a));
        for (WorkbookRows.Row row : forecastRows) {
            Long enterprise = cells.enterprise(row, enterprises);
            HsCode hs = cells.hsCode(row, 1);
            String product = cells.line(FORECASTS, row, 2);
            Integer year = cells.year(row, 3);
            BigDecimal quantity = cells.amount(FORECASTS, row, 4);
            String unit = cells.line(FORECASTS, row, 5);
            BigDecimal value = cells.money(FORECASTS, row, 6);
            if (quantity == null && value == null && cells.fine(FORECASTS, row)) {
                cells.problem(FORECASTS, row, 6, "a forecast needs a quantity or a value");
            }
            if (enterprise != null && hs != null && year != null && period != null && cells.fine(FORECASTS, row)) {
                forecasts.add(new SubmitForecast(enterprise, period, hs, product, year, quantity, unit, value));
            }
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
        private final Set<String> faulty = new HashSet<>();

        Cells(String fileName, List<InputProblem> problems) {
            this.fileName = fileName;
            this.problems = problems;
        }

        void problem(String sheet, WorkbookRows.Row row, int column, String message) {
            List<String> header = sheet.equals(PROGRESS) ? PROGRESS_COLUMNS : FORECAST_COLUMNS;
            faulty.add(sheet + " " + row.number());
            problems.add(new InputProblem(fileName, "sheet " + sheet + ", row " + row.number(),
                    "column " + CellReference.convertNumToColString(column) + " (" + header.get(column) + ")", message));
        }

        /** Whether no cell of the row has been refused. */
        boolean fine(String sheet, WorkbookRows.Row row) {
            return !faulty.contains(sheet + " " + row.number());
        }

        /** The rows below a sheet's header, once the header reads as the template's. */
        List<WorkbookRows.Row> body(String sheet, List<WorkbookRows.Row> rows, List<String> columns) {
            WorkbookRows.Row head = rows.isEmpty() || rows.get(0).number() != 1 ? null : rows.get(0);
            for (int i = 0; i < columns.size(); i++) {
                WorkbookRows.Cell cell = head == null ? null : head.cell(i);
                String found = cell == null || cell.value().isBlank() ? null : cell.value().strip();
                if (found == null || !found.equalsIgnoreCase(columns.get(i))) {
                    problems.add(new InputProblem(fileName, "sheet " + sheet + ", row 1",
                            "column " + CellReference.convertNumToColString(i), "the header should read '" + columns.get(i) + "'"
                            + (found == null ? "" : ", not " + Limits.shown(found))));
                }
            }
            return head == null ? rows : rows.subList(1, rows.size());
        }

        Period period(List<WorkbookRows.Row> about) {
            WorkbookRows.Cell cell = about.stream().filter(r -> r.number() == 2).findFirst().map(r -> r.cell(1)).orElse(null);
            try {
                if (cell == null || cell.value().isBlank()) {
                    throw new IllegalArgumentException("is empty: the template's period, such as 2026-Q3, belongs here");
                }
                return Period.parse(cell.value().strip());
            } catch (IllegalArgumentException e) {
                problems.add(new InputProblem(fileName, "sheet About, row 2", "column B (Period)", e.getMessage()));
                return null;
            }
        }

        /** A cell's text, or null when empty; a refused cell (too long, an error, a control character) is recorded. */
        String text(String sheet, WorkbookRows.Row row, int column) {
            WorkbookRows.Cell cell = row.cell(column);
            if (cell != null && cell.kind() == WorkbookRows.Cell.Kind.UNCOMPUTED_FORMULA) {
                problem(sheet, row, column, "holds a formula whose value the spreadsheet has not computed: "
                        + "open the file in a spreadsheet and save it, or type the value");
                return null;
            }
            if (cell == null || cell.value().isBlank()) {
                return null;
            }
            if (cell.kind() == WorkbookRows.Cell.Kind.ERROR) {
                problem(sheet, row, column, "holds the spreadsheet error " + Limits.shown(cell.value()));
                return null;
            }
            if (cell.tooLong()) {
                problem(sheet, row, column, "is longer than " + String.format("%,d", Limits.LONGEST_TEXT) + " characters");
                return null;
            }
            // Asked of the cell as written: a control character at its end is refused, not stripped away with the spaces.
            Optional<String> wrong = Limits.textProblem(cell.value());
            String text = cell.value().strip();
            if (wrong.isPresent()) {
                problem(sheet, row, column, wrong.get());
                return null;
            }
            return text;
        }

        Long deal(WorkbookRows.Row row, Map<Long, Deal> deals) {
            String s = text(PROGRESS, row, 0);
            if (s == null) {
                if (fine(PROGRESS, row)) {
                    problem(PROGRESS, row, 0, "is empty: each row reports on the deal named here");
                }
                return null;
            }
            if (!s.matches("[Dd]?\\d{1,18}")) {
                problem(PROGRESS, row, 0, Limits.shown(s) + " is not a deal number such as D12");
                return null;
            }
            long id = Long.parseLong(s.replaceFirst("^[Dd]", ""));
            if (!deals.containsKey(id)) {
                problem(PROGRESS, row, 0, "there is no deal " + s + " among the deals you report on");
                return null;
            }
            return id;
        }

        DealStage stage(WorkbookRows.Row row, int column) {
            String s = text(PROGRESS, row, column);
            if (s == null) {
                if (fine(PROGRESS, row)) {
                    problem(PROGRESS, row, column, "is empty");
                }
                return null;
            }
            try {
                return DealStage.parse(s);
            } catch (IllegalArgumentException e) {
                problem(PROGRESS, row, column, e.getMessage());
                return null;
            }
        }

        /** A number as the cell stores it, exactly: within the stated range, never negative, never rounded. */
        BigDecimal amount(String sheet, WorkbookRows.Row row, int column) {
            String s = text(sheet, row, column);
            if (s == null) {
                return null;
            }
            try {
                BigDecimal v = Limits.number(s);
                if (v.signum() < 0) {
                    problem(sheet, row, column, "cannot be negative");
                    return null;
                }
                return v;
            } catch (IllegalArgumentException e) {
                problem(sheet, row, column, e.getMessage());
                return null;
            }
        }

        /** A one-line cell (a product, a unit): a tab or a line break in it, even at its end, is refused rather than stripped. */
        String line(String sheet, WorkbookRows.Row row, int column) {
            String text = text(sheet, row, column);
            Optional<String> wrong = text == null ? Optional.empty() : Limits.lineProblem(row.cell(column).value());
            if (wrong.isPresent()) {
                problem(sheet, row, column, wrong.get());
                return null;
            }
            return text;
        }

        /** US dollars as the cell stores them: an amount that is more than whole cents is refused, never rounded. */
        BigDecimal money(String sheet, WorkbookRows.Row row, int column) {
            BigDecimal v = amount(sheet, row, column);
            Optional<String> wrong = Limits.centsProblem(v);
            if (wrong.isPresent()) {
                problem(sheet, row, column, wrong.get());
                return null;
            }
            return v;
        }

        Integer year(WorkbookRows.Row row, int column) {
            String s = text(FORECASTS, row, column);
            if (s == null) {
                if (fine(FORECASTS, row)) {
                    problem(FORECASTS, row, column, "is empty");
                }
                return null;
            }
            try {
                BigDecimal v = Limits.number(s);
                Optional<String> wrong = Limits.yearProblem(v);
                if (wrong.isPresent()) {
                    problem(FORECASTS, row, column, wrong.get());
                    return null;
                }
                return v.intValueExact();
            } catch (IllegalArgumentException | ArithmeticException e) {
                problem(FORECASTS, row, column, Limits.shown(s) + " is not a year from " + Limits.FIRST_YEAR + " to " + Limits.LAST_YEAR);
                return null;
            }
        }

        HsCode hsCode(WorkbookRows.Row row, int column) {
            String s = text(FORECASTS, row, column);
            if (s == null || !HsCode.isValid(s.replace(".", ""))) {
                if (s != null || fine(FORECASTS, row)) {
                    problem(FORECASTS, row, column, s == null ? "is empty" : Limits.shown(s) + " is not an HS code (2, 4, 6, 8 or 10 digits)");
                }
                return null;
            }
            return HsCode.of(s.replace(".", ""));
        }

        Long enterprise(WorkbookRows.Row row, Map<String, Long> enterprises) {
            String s = text(FORECASTS, row, 0);
            if (s == null) {
                if (fine(FORECASTS, row)) {
                    problem(FORECASTS, row, 0, "is empty");
                }
                return null;
            }
            Long id = enterprises.get(s.toLowerCase(Locale.ROOT));
            if (id == null) {
                problem(FORECASTS, row, 0, Limits.shown(s) + " is not an enterprise you report for");
            }
            return id;
        }
    }
}
