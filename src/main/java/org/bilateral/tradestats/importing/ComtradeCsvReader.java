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
                    context.problem("line " + line, null, "has " + record.size() + " fields, the header has " + header.size());
                    continue;
                }
                Figure figure = records.figure(name -> {
                            Integer column = header.get(name);
                            return column == null ? null : record.get(column);
                        },
                        "line " + line, line, context);
                if (figure != null) {
                    sink.accept(figure);
                }
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            InputProblem p = CsvProblems.record(context.fileName(), e);
            context.problem(p.location(), null, p.message());
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
            context.problem("line 1", column.getKey(), "names the same column as " + parser.getHeaderNames().get(earlier)
                    + " (names are compared without regard to case)");
        }
    }
    for (String required : new String[] {"flowCode", "period", "cmdCode", "primaryValue"}) {
        if (!header.containsKey(required.toLowerCase(Locale.ROOT))) {
            context.problem("line 1", required, "missing column");
        }
    }
    if (!header.containsKey("reportercode") && !header.containsKey("reporteriso")) {
        context.problem("line 1", "reporterCode", "missing column (nor reporterISO)");
    }
    if (!header.containsKey("partnercode") && !header.containsKey("partneriso")) {
        context.problem("line 1", "partnerCode", "missing column (nor partnerISO)");
    }
        return header;
    }
}
