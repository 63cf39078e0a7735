package org.bilateral.tradestats.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.bilateral.reference.CountryDirectory;

/** UN Comtrade CSV, as downloaded from the API or the bulk files: one record per line, named columns. */
final class ComtradeCsvReader implements StatisticsReader {

    private final CountryDirectory countries;

    ComtradeCsvReader(CountryDirectory countries) {
        this.countries = countries;
    }

    @Override
    public String format() {
        return "comtrade-csv";
    }

    @Override
    public void read(InputStream in, ReadContext context, FigureSink sink) throws IOException {
        context.dataset(ComtradeRecord.DATASET);
        ComtradeRecord records = new ComtradeRecord(countries);
        Reader reader = new InputStreamReader(BomSkipping.skip(in), StandardCharsets.UTF_8);
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).get().parse(reader)) {
            Map<String, Integer> header = parser.getHeaderMap();
            for (String required : new String[] {"flowCode", "period", "cmdCode", "primaryValue"}) {
                if (!header.containsKey(required)) {
                    context.problem("line 1", required, "missing column");
                }
            }
            if (!header.containsKey("reporterCode") && !header.containsKey("reporterISO")) {
                context.problem("line 1", "reporterCode", "missing column (nor reporterISO)");
            }
            if (!header.containsKey("partnerCode") && !header.containsKey("partnerISO")) {
                context.problem("line 1", "partnerCode", "missing column (nor partnerISO)");
            }
            context.failIfProblems();
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber() + 1;
                if (!record.isConsistent()) {
                    context.problem("line " + line, null, "has " + record.size() + " fields, the header has " + header.size());
                    continue;
                }
                Figure figure = records.figure(name -> record.isMapped(name) ? record.get(name) : null,
                        "line " + line, line, context);
                if (figure != null) {
                    sink.accept(figure);
                }
            }
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            context.problem(null, null, "not a readable CSV file: " + e.getMessage());
        }
        context.failIfProblems();
    }
}
