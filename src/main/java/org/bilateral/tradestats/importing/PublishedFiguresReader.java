package org.bilateral.tradestats.importing;

import org.jspecify.annotations.Nullable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.bilateral.reference.CountryDirectory;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.CsvProblems;
import org.bilateral.shared.Flow;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Limits;
import org.bilateral.shared.Period;
import org.bilateral.shared.Said;
import org.bilateral.shared.InvalidValue;

/**
 * published-figures.csv: period (a year or an ISO interval such as 2023-01/2023-09), reporter, partner,
 * flow (from the reporter's view), value_usd, statistics_of, source_url, note.
 */
final class PublishedFiguresReader {

    static final String DATASET = "Published headline figures";
    static final String[] COLUMNS = {"period", "reporter", "partner", "flow", "value_usd", "statistics_of"};

    private final CountryDirectory countries;

    PublishedFiguresReader(CountryDirectory countries) {
        this.countries = countries;
    }

    List<PublishedFigure> read(InputStream in, ReadContext context) throws IOException {
        context.dataset(DATASET);
        List<PublishedFigure> figures = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        CSVParser opened;
        try {
            opened = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get().parse(BomSkipping.utf8(in));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(CsvProblems.header(context.fileName(), e));
        } catch (UncheckedIOException e) {
            throw new InvalidInput(CsvProblems.record(context.fileName(), e));
        }
        try (CSVParser parser = opened) {
            for (String column : COLUMNS) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    context.problem(InputProblem.line(1), column, Said.of("refusal.tradestats.missingColumn"));
                }
            }
            context.failIfProblems();
            for (CSVRecord r : parser) {
                PublishedFigure figure = figure(r, parser.getHeaderMap().size(), seen, context);
                if (figure != null) {
                    figures.add(figure);
                }
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            InputProblem p = CsvProblems.record(context.fileName(), e);
            context.problem(p.at(), null, p.what());
        }
        context.failIfProblems();
        return figures;
    }

    /** One record's figure; null when it is refused, its problems noted in context. */
    private @Nullable PublishedFigure figure(CSVRecord r, int headerSize, Map<String, Integer> seen, ReadContext context) {
        int line = (int) r.getRecordNumber() + 1;
        Said where = InputProblem.line(line);
        if (!r.isConsistent()) {
            context.problem(where, null, Said.of("refusal.tradestats.fieldCount", String.valueOf(r.size()), String.valueOf(headerSize)));
            return null;
        }
        Period period;
        try {
            period = Period.parse(r.get("period"));
        } catch (IllegalArgumentException e) {
            context.problem(where, "period", InvalidValue.said(e));
            return null;
        }
        CountryCode reporter = country(r.get("reporter"), where, "reporter", context);
        CountryCode partner = country(r.get("partner"), where, "partner", context);
        Flow flow = flow(r, where, context);
        String value = r.get("value_usd").trim();
        if (!Values.isAmount(value)) {
            context.problem(where, "value_usd", Said.of("refusal.tradestats.notDollars", Limits.shown(String.valueOf(value))));
            return null;
        }
        String statisticsOf = r.get("statistics_of").trim();
        if (!textsAcceptable(r, statisticsOf, where, context)) {
            return null;
        }
        if (reporter == null || partner == null || flow == null) {
            return null;
        }
        String key = reporter + partner.value() + flow + period + statisticsOf;
        Integer earlier = seen.putIfAbsent(key, line);
        if (earlier != null) {
            context.problem(where, "period", Said.of("refusal.tradestats.sameFigure", String.valueOf(earlier)));
            return null;
        }
        return new PublishedFigure(reporter, partner, flow, period, Values.plain(value), statisticsOf,
                optional(r, "source_url"), optional(r, "note"), line);
    }

    private static @Nullable Flow flow(CSVRecord r, Said where, ReadContext context) {
        return switch (r.get("flow").trim().toLowerCase()) {
            case "export", "exports", "x" -> Flow.EXPORT;
            case "import", "imports", "m" -> Flow.IMPORT;
            default -> {
                context.problem(where, "flow", Said.of("refusal.tradestats.notImportExport", r.get("flow")));
                yield null;
            }
        };
    }

    /** Whether the texts beside the figure are text a page can show, and whose statistics it is is said. */
    /** The fields a text problem may be in, named together (the first of them at fault is not told apart). */
    private static final String TEXT_FIELDS = "statistics_of, source_url or note";

    private static boolean textsAcceptable(CSVRecord r, String statisticsOf, Said where, ReadContext context) {
        Said wrong = Limits.textSaid(statisticsOf).or(() -> Limits.textSaid(r.isMapped("source_url") ? r.get("source_url") : null))
                .or(() -> Limits.textSaid(r.isMapped("note") ? r.get("note") : null)).orElse(null);
        if (wrong != null) {
            context.problem(where, TEXT_FIELDS, wrong);
            return false;
        }
        if (statisticsOf.isEmpty()) {
            context.problem(where, "statistics_of", Said.of("refusal.tradestats.whoseStatistics"));
            return false;
        }
        return true;
    }

    private @Nullable CountryCode country(String text, Said where, String field, ReadContext context) {
        var country = countries.find(text);
        if (country.isEmpty()) {
            context.problem(where, field, Said.of("refusal.tradestats.unknownCountry", text));
            return null;
        }
        return country.get().code();
    }

    private static @Nullable String optional(CSVRecord r, String column) {
        if (!r.isMapped(column)) {
            return null;
        }
        String value = r.get(column).trim();
        return value.isEmpty() ? null : value;
    }
}
