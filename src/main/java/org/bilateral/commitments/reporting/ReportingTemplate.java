package org.bilateral.commitments.reporting;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bilateral.commitments.Deal;
import org.bilateral.shared.DealId;
import org.bilateral.commitments.DealStage;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.NotFound;
import org.bilateral.shared.Period;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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

    /** What an import stored. */
    public record Imported(String fileName, Period period, int progressReports, int forecasts) {
    }

    private final EnterpriseReporting reporting;
    private final MessageSource messages;

    ReportingTemplate(EnterpriseReporting reporting, MessageSource messages) {
        this.reporting = reporting;
        this.messages = messages;
    }

    /** The template in English. */
    public byte[] write(ReporterScope scope, Period period, @Nullable Long enterprise) {
        return write(scope, period, enterprise, Locale.ENGLISH);
    }

    /**
     * The template for the enterprises in scope (or one of them), prefilled with their deals and their last reports, in
     * the reporter's language: Vietnamese for {@code vi}, English otherwise.
     */
    public byte[] write(ReporterScope scope, Period period, @Nullable Long enterprise, Locale language) {
        List<EnterpriseReporting.Enterprise> enterprises = reporting.enterprises(scope).stream()
                .filter(e -> enterprise == null || e.id() == enterprise).toList();
        if (enterprise != null && enterprises.isEmpty()) {
            throw new NotFound(NotFound.Thing.ENTERPRISE, enterprise);
        }
        List<Long> ids = enterprises.stream().map(EnterpriseReporting.Enterprise::id).toList();
        List<Deal> deals = reporting.deals(scope).stream().filter(d -> ids.contains(d.buyerId()) && !d.aggregate()).toList();
        List<DemandForecast> forecasts = reporting.forecasts(scope).stream()
                .filter(f -> ids.contains(f.organisationId()) && f.period().equals(period)).toList();
        return TemplateWorkbook.write(new TemplateWorkbook.Contents(enterprises, period.toString(), deals,
                reporting.progress(deals.stream().map(Deal::id).toList()), forecasts), words(language));
    }

    /** The template's words in Vietnamese or English: a reporter's language other than these gets English. */
    private TemplateWords words(Locale language) {
        return TemplateWords.of(messages, language.getLanguage().equals("vi") ? VIETNAMESE : Locale.ENGLISH);
    }

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** The words of the template's language, known by its sheets' names: Vietnamese where it has a Vietnamese one. */
    private TemplateWords wordsOf(Set<String> sheets) {
        TemplateWords vi = words(VIETNAMESE);
        return sheets.stream().anyMatch(name -> vi.known(name).isPresent()) ? vi : words(Locale.ENGLISH);
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
        // a template in either language is read: its sheets by their Vietnamese or their English names, its headings so too
        TemplateWords en = words(Locale.ENGLISH);
        TemplateWords vi = words(VIETNAMESE);
        Set<String> names = new java.util.HashSet<>();
        for (String sheet : List.of(ABOUT, PROGRESS, FORECASTS)) {
            names.add(en.shown(sheet));
            names.add(vi.shown(sheet));
        }
        Map<String, List<WorkbookRows.Row>> found = WorkbookRows.read(file, fileName, names,
                Math.max(TemplateWords.PROGRESS_KEYS.size(), TemplateWords.FORECAST_KEYS.size()));
        TemplateWords words = wordsOf(found.keySet());
        Map<String, List<WorkbookRows.Row>> sheets = new HashMap<>();
        found.forEach((name, rows) -> words.known(name).ifPresent(sheet -> sheets.put(sheet, rows)));
        if (sheets.size() < 3) {
            throw new InvalidInput(fileName, Said.of("refusal.commitments.notATemplate"));
        }
        WorkbookCells cells = new WorkbookCells(fileName, problems, words, words.equals(vi) ? en : vi);
        Period period = cells.period(sheets.getOrDefault(ABOUT, List.of()));
        List<WorkbookRows.Row> progressRows = cells.body(PROGRESS, sheets.getOrDefault(PROGRESS, List.of()));
        List<WorkbookRows.Row> forecastRows = cells.body(FORECASTS, sheets.getOrDefault(FORECASTS, List.of()));
        List<SubmitProgress> progress = progress(scope, cells, progressRows, period);
        List<SubmitForecast> forecasts = forecasts(scope, cells, forecastRows, period);
        if (!problems.isEmpty() || period == null) {
            throw new InvalidInput(problems);
        }
        progress.forEach(p -> reporting.submit(scope, p, via));
        forecasts.forEach(f -> reporting.submit(scope, f));
        return new Imported(fileName, period, progress.size(), forecasts.size());
    }

    /** The Progress sheet's reports, each deal once; a row with neither deal nor stage is no report. */
    private List<SubmitProgress> progress(ReporterScope scope, WorkbookCells cells, List<WorkbookRows.Row> rows, @Nullable Period period) {
        Map<Long, Deal> deals = reporting.deals(scope).stream().collect(Collectors.toMap(d -> d.id().value(), Function.identity()));
        Map<Long, Integer> reportedAt = new HashMap<>();
        List<SubmitProgress> progress = new ArrayList<>();
        for (WorkbookRows.Row row : rows) {
            if (row.blankAt(0) && row.blankAt(4)) {
                continue; // its cells are read once, below
            }
            Long dealId = cells.deal(row, deals);
            if (dealId != null && reportedAt.putIfAbsent(dealId, row.number()) != null) {
                cells.problem(PROGRESS, row, 0, Said.of("refusal.commitments.reportedTwice", DealId.written(dealId), String.valueOf(reportedAt.get(dealId))));
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
        return progress;
    }

    /** The Forecasts sheet's forecasts, of enterprises the scope reports for. */
    private List<SubmitForecast> forecasts(ReporterScope scope, WorkbookCells cells, List<WorkbookRows.Row> rows, @Nullable Period period) {
        Map<String, Long> enterprises = reporting.enterprises(scope).stream()
                .collect(Collectors.toMap(e -> e.name().toLowerCase(Locale.ROOT), EnterpriseReporting.Enterprise::id, (a, b) -> a));
        List<SubmitForecast> forecasts = new ArrayList<>();
        for (WorkbookRows.Row row : rows) {
            Long enterprise = cells.enterprise(row, enterprises);
            HsCode hs = cells.hsCode(row, 1);
            String product = cells.line(FORECASTS, row, 2);
            Integer year = cells.year(row, 3);
            BigDecimal quantity = cells.amount(FORECASTS, row, 4);
            String unit = cells.line(FORECASTS, row, 5);
            BigDecimal value = cells.money(FORECASTS, row, 6);
            if (quantity == null && value == null && cells.fine(FORECASTS, row)) {
                cells.problem(FORECASTS, row, 6, Said.of("refusal.commitments.forecastNeedsFigure"));
            }
            if (enterprise != null && hs != null && year != null && period != null && cells.fine(FORECASTS, row)) {
                forecasts.add(new SubmitForecast(enterprise, period, hs, product, year, quantity, unit, value));
            }
        }
        return forecasts;
    }
}
