package org.bilateral.commitments.reporting;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.util.CellReference;
import org.bilateral.commitments.Deal;
import org.bilateral.commitments.DealStage;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.Limits;
import org.bilateral.shared.Period;
import org.bilateral.shared.Said;
import org.bilateral.shared.InvalidValue;
import org.jspecify.annotations.Nullable;

/** Reads cells, recording each problem with its sheet, row and column as a spreadsheet shows them. */
final class WorkbookCells {
    private final String fileName;
    private final List<InputProblem> problems;
    private final Set<String> faulty = new HashSet<>();
    /** The template's language, as its sheets' names say, and the other one, whose headings are read too. */
    private final TemplateWords words;
    private final TemplateWords other;

    WorkbookCells(String fileName, List<InputProblem> problems, TemplateWords words, TemplateWords other) {
        this.fileName = fileName;
        this.problems = problems;
        this.words = words;
        this.other = other;
    }

    /** A problem by the sheet and column as the workbook names them; {@code sheet} is the use case's name of the sheet. */
    void problem(String sheet, WorkbookRows.Row row, int column, Said message) {
        faulty.add(sheet + " " + row.number());
        problems.add(new InputProblem(fileName, InputProblem.sheetRow(words.shown(sheet), row.number()),
                InputProblem.column(CellReference.convertNumToColString(column), words.columns(sheet).get(column)), message));
    }

    /** Whether no cell of the row has been refused. */
    boolean fine(String sheet, WorkbookRows.Row row) {
        return !faulty.contains(sheet + " " + row.number());
    }

    /** The rows below a sheet's header, once the header reads as the template's. */
    List<WorkbookRows.Row> body(String sheet, List<WorkbookRows.Row> rows) {
        List<String> columns = words.columns(sheet);
        List<String> otherColumns = other.columns(sheet);
        WorkbookRows.Row head = rows.isEmpty() || rows.get(0).number() != 1 ? null : rows.get(0);
        for (int i = 0; i < columns.size(); i++) {
            WorkbookRows.Cell cell = head == null ? null : head.cell(i);
            String found = cell == null || cell.value().isBlank() ? null : cell.value().strip();
            // a heading in either language is the template's: a reporter may have copied rows from the other one
            if (found == null || !(found.equalsIgnoreCase(columns.get(i)) || found.equalsIgnoreCase(otherColumns.get(i)))) {
                problems.add(new InputProblem(fileName, InputProblem.sheetRow(words.shown(sheet), 1),
                        InputProblem.column(CellReference.convertNumToColString(i), null), found == null ? Said.of("refusal.commitments.headerShouldRead", columns.get(i))
                        : Said.of("refusal.commitments.headerShouldReadNot", columns.get(i), Limits.shown(found))));
            }
        }
        return head == null ? rows : rows.subList(1, rows.size());
    }

    @Nullable Period period(List<WorkbookRows.Row> about) {
        WorkbookRows.Cell cell = about.stream().filter(r -> r.number() == 2).findFirst().map(r -> r.cell(1)).orElse(null);
        try {
            if (cell == null || cell.value().isBlank()) {
                throw new InvalidValue("refusal.commitments.periodEmpty");
            }
            return Period.parse(cell.value().strip());
        } catch (IllegalArgumentException e) {
            problems.add(new InputProblem(fileName, InputProblem.sheetRow(words.about(), 2), InputProblem.column("B", words.period()),
                    e instanceof InvalidValue v ? v.said() : Said.asWritten(String.valueOf(e.getMessage()))));
            return null;
        }
    }

    /** A cell's text, or null when empty; a refused cell (too long, an error, a control character) is recorded. */
    @Nullable String text(String sheet, WorkbookRows.Row row, int column) {
        WorkbookRows.Cell cell = row.cell(column);
        if (cell != null && cell.kind() == WorkbookRows.Cell.Kind.UNCOMPUTED_FORMULA) {
            problem(sheet, row, column, Said.of("refusal.commitments.uncomputedFormula"));
            return null;
        }
        if (cell == null || cell.value().isBlank()) {
            return null;
        }
        if (cell.kind() == WorkbookRows.Cell.Kind.ERROR) {
            problem(sheet, row, column, Said.of("refusal.commitments.spreadsheetError", Limits.shown(cell.value())));
            return null;
        }
        if (cell.tooLong()) {
            problem(sheet, row, column, Said.of("refusal.commitments.longerThan", Limits.LONGEST_TEXT));
            return null;
        }
        // Asked of the cell as written: a control character at its end is refused, not stripped away with the spaces.
        Optional<Said> wrong = Limits.textSaid(cell.value());
        String text = cell.value().strip();
        if (wrong.isPresent()) {
            problem(sheet, row, column, wrong.get());
            return null;
        }
        return text;
    }

    @Nullable Long deal(WorkbookRows.Row row, Map<Long, Deal> deals) {
        String s = text(ReportingTemplate.PROGRESS, row, 0);
        if (s == null) {
            if (fine(ReportingTemplate.PROGRESS, row)) {
                problem(ReportingTemplate.PROGRESS, row, 0, Said.of("refusal.commitments.dealEmpty"));
            }
            return null;
        }
        if (!s.matches("[Dd]?\\d{1,18}")) {
            problem(ReportingTemplate.PROGRESS, row, 0, Said.of("refusal.commitments.notADealNumber", Limits.shown(s)));
            return null;
        }
        long id = Long.parseLong(s.replaceFirst("^[Dd]", ""));
        if (!deals.containsKey(id)) {
            problem(ReportingTemplate.PROGRESS, row, 0, Said.of("refusal.commitments.notYourDeal", s));
            return null;
        }
        return id;
    }

    @Nullable DealStage stage(WorkbookRows.Row row, int column) {
        String s = text(ReportingTemplate.PROGRESS, row, column);
        if (s == null) {
            if (fine(ReportingTemplate.PROGRESS, row)) {
                problem(ReportingTemplate.PROGRESS, row, column, Said.of("refusal.commitments.empty"));
            }
            return null;
        }
        // the stage as the template's drop-down lists it, in either language, or as the register writes it
        Optional<DealStage> listed = words.stageOf(s).or(() -> other.stageOf(s));
        if (listed.isPresent()) {
            return listed.get();
        }
        try {
            return DealStage.parse(s);
        } catch (InvalidValue e) {
            problem(ReportingTemplate.PROGRESS, row, column, e.said());
            return null;
        }
    }

    /** A number as the cell stores it, exactly: within the stated range, never negative, never rounded. */
    @Nullable BigDecimal amount(String sheet, WorkbookRows.Row row, int column) {
        String s = text(sheet, row, column);
        if (s == null) {
            return null;
        }
        try {
            BigDecimal v = Limits.number(s);
            if (v.signum() < 0) {
                problem(sheet, row, column, Said.of("refusal.commitments.negative"));
                return null;
            }
            return v;
        } catch (InvalidValue e) {
            problem(sheet, row, column, e.said());
            return null;
        }
    }

    /** A one-line cell (a product, a unit): a tab or a line break in it, even at its end, is refused rather than stripped. */
    @Nullable String line(String sheet, WorkbookRows.Row row, int column) {
        String text = text(sheet, row, column);
        WorkbookRows.Cell cell = row.cell(column);
        Optional<Said> wrong = text == null || cell == null ? Optional.empty() : Limits.lineSaid(cell.value());
        if (wrong.isPresent()) {
            problem(sheet, row, column, wrong.get());
            return null;
        }
        return text;
    }

    /** US dollars as the cell stores them: an amount that is more than whole cents is refused, never rounded. */
    @Nullable BigDecimal money(String sheet, WorkbookRows.Row row, int column) {
        BigDecimal v = amount(sheet, row, column);
        Optional<Said> wrong = v == null ? Optional.<Said>empty() : Limits.centsSaid(v);
        if (wrong.isPresent()) {
            problem(sheet, row, column, wrong.get());
            return null;
        }
        return v;
    }

    @Nullable Integer year(WorkbookRows.Row row, int column) {
        String s = text(ReportingTemplate.FORECASTS, row, column);
        if (s == null) {
            if (fine(ReportingTemplate.FORECASTS, row)) {
                problem(ReportingTemplate.FORECASTS, row, column, Said.of("refusal.commitments.empty"));
            }
            return null;
        }
        try {
            BigDecimal v = Limits.number(s);
            Optional<Said> wrong = Limits.yearSaid(v);
            if (wrong.isPresent()) {
                problem(ReportingTemplate.FORECASTS, row, column, wrong.get());
                return null;
            }
            return v.intValueExact();
        } catch (IllegalArgumentException | ArithmeticException e) {
            problem(ReportingTemplate.FORECASTS, row, column, Said.of("refusal.shared.notAYear", Limits.shown(s), String.valueOf(Limits.FIRST_YEAR),
                    String.valueOf(Limits.LAST_YEAR)));
            return null;
        }
    }

    @Nullable HsCode hsCode(WorkbookRows.Row row, int column) {
        String s = text(ReportingTemplate.FORECASTS, row, column);
        if (s == null || !HsCode.isValid(s.replace(".", ""))) {
            if (s != null || fine(ReportingTemplate.FORECASTS, row)) {
                problem(ReportingTemplate.FORECASTS, row, column, s == null ? Said.of("refusal.commitments.empty")
                        : Said.of("refusal.shared.notAnHsCode", Said.asWritten(Limits.shown(s))));
            }
            return null;
        }
        return HsCode.of(s.replace(".", ""));
    }

    @Nullable Long enterprise(WorkbookRows.Row row, Map<String, Long> enterprises) {
        String s = text(ReportingTemplate.FORECASTS, row, 0);
        if (s == null) {
            if (fine(ReportingTemplate.FORECASTS, row)) {
                problem(ReportingTemplate.FORECASTS, row, 0, Said.of("refusal.commitments.empty"));
            }
            return null;
        }
        Long id = enterprises.get(s.toLowerCase(Locale.ROOT));
        if (id == null) {
            problem(ReportingTemplate.FORECASTS, row, 0, Said.of("refusal.commitments.notYourEnterprise", Limits.shown(s)));
        }
        return id;
    }
}
