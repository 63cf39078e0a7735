package org.bilateral.tradestats.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.bilateral.reference.CountryDirectory;
import org.bilateral.shared.CsvProblems;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;

/**
 * UN Comtrade as text with named columns, one record per line: the API's CSV (comma-separated) or a bulk file
 * (tab-separated, unquoted; see shared data formats/comtrade-bulk.md). Column names are matched without regard to case,
 * as the bulk files spell some of them differently from the API ("CIFValue" for "cifvalue").
 */
final class ComtradeCsvReader implements StatisticsReader {

    private final CountryDirectory countries;
    private final char delimiter;

    ComtradeCsvReader(CountryDirectory countries, char delimiter) {
        this.countries = countries;
        this.delimiter = delimiter;
    }

    @Override
    public String format() {
        return delimiter == '\t' ? "comtrade-bulk" : "comtrade-csv";
    }

    @Override
    public void read(InputStream in, ReadContext context, FigureSink sink) throws IOException {
        context.dataset(ComtradeRecord.DATASET);
        ComtradeRecord records = new ComtradeRecord(countries);
        Reader reader = BomSkipping.utf8(in);
        CSVParser opened;
        try {
            CSVFormat.Builder format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter);
            if (delimiter == '\t') {
                format.setQuote(null); // bulk files quote nothing: a quote mark is part of the value
            }
            opened = format.setHeader().setSkipHeaderRecord(true).setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).setIgnoreSurroundingSpaces(true).get().parse(reader);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(CsvProblems.header(context.fileName(), e));
        } catch (UncheckedIOException e) {
            throw new InvalidInput(CsvProblems.record(context.fileName(), e));
        }
        try (CSVParser parser = opened) {
            Map<String, Integer> header = header(parser, context);
            context.failIfProblems();
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber() + 1;
                if (!record.isConsistent()) {
                    context.problem(InputProblem.line(line), null, Said.of("refusal.tradestats.fieldCount", String.valueOf(record.size()), String.valueOf(header.size())));
                    continue;
                }
                Figure figure = records.figure(name -> {
                            Integer column = header.get(name);
                            return column == null ? null : record.get(column);
                        },
                        InputProblem.line(line), line, context);
                if (figure != null) {
                    sink.accept(figure);
                }
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            InputProblem p = CsvProblems.record(context.fileName(), e);
            context.problem(p.at(), null, p.what());
        }
        context.failIfProblems();
    }

    /**
     * The columns by their names in lower case (bulk files write "CIFValue" where the API writes "cifvalue"), with a
     * problem noted for each column named twice and each required one missing.
     */
    private static Map<String, Integer> header(CSVParser parser, ReadContext context) {
    Map<String, Integer> header = new HashMap<>();
    for (Map.Entry<String, Integer> column : parser.getHeaderMap().entrySet()) {
        Integer earlier = header.putIfAbsent(column.getKey().trim().toLowerCase(Locale.ROOT), column.getValue());
        if (earlier != null) {
            context.problem(InputProblem.line(1), column.getKey(), Said.of("refusal.tradestats.sameColumn", parser.getHeaderNames().get(earlier)));
        }
    }
    for (String required : new String[] {"flowCode", "period", "cmdCode", "primaryValue"}) {
        if (!header.containsKey(required.toLowerCase(Locale.ROOT))) {
            context.problem(InputProblem.line(1), required, Said.of("refusal.tradestats.missingColumn"));
        }
    }
    if (!header.containsKey("reportercode") && !header.containsKey("reporteriso")) {
        context.problem(InputProblem.line(1), "reporterCode", Said.of("refusal.tradestats.missingColumnNor", "reporterISO"));
    }
    if (!header.containsKey("partnercode") && !header.containsKey("partneriso")) {
        context.problem(InputProblem.line(1), "partnerCode", Said.of("refusal.tradestats.missingColumnNor", "partnerISO"));
    }
        return header;
    }
}
