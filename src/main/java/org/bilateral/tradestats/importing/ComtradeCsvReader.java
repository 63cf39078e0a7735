package org.bilateral.tradestats.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.bilateral.reference.CountryDirectory;
import org.bilateral.shared.CsvProblems;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;

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
        Reader reader = BomSkipping.utf8(in);
        CSVParser opened;
        try {
            opened = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).setIgnoreSurroundingSpaces(true).get().parse(reader);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(CsvProblems.header(context.fileName(), e));
        } catch (UncheckedIOException e) {
            throw new InvalidInput(CsvProblems.record(context.fileName(), e));
        }
        try (CSVParser parser = opened) {
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
        } catch (UncheckedIOException | IllegalStateException e) {
            InputProblem p = CsvProblems.record(context.fileName(), e);
            context.problem(p.location(), null, p.message());
        }
        context.failIfProblems();
    }
}
