package org.bilateral.tradestats.importing;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import org.jspecify.annotations.Nullable;
import java.io.IOException;
import java.io.InputStream;
import java.time.YearMonth;
import org.bilateral.reference.HsRevisions;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.bilateral.reference.Country;
import org.bilateral.reference.CountryDirectory;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.Limits;
import org.bilateral.shared.Period;
import org.bilateral.shared.Said;

/**
 * The US Census Bureau International Trade API (timeseries/intltrade/imports/hs and exports/hs):
 * a JSON array of arrays whose first row names the columns and every value is a string.
 * The reporter is always the United States; CTY_CODE is the partner's Schedule C code.
 */
final class CensusJsonReader implements StatisticsReader {

    static final String DATASET = "US Census Bureau International Trade API";
    private static final CountryCode US = CountryCode.of("US");
    private static final JsonFactory JSON = new JsonFactory();

    private final CountryDirectory countries;

    CensusJsonReader(CountryDirectory countries) {
        this.countries = countries;
    }

    @Override
    public String format() {
        return "census-json";
    }

    @Override
    public void read(InputStream in, ReadContext context, FigureSink sink) throws IOException {
        context.dataset(DATASET);
        try (JsonParser parser = JSON.createParser(in)) {
            // the answer is an array of rows, each an array: the first two tokens open both
            JsonToken outer = parser.nextToken();
            JsonToken firstRow = outer == JsonToken.START_ARRAY ? parser.nextToken() : null;
            if (outer != JsonToken.START_ARRAY || firstRow != JsonToken.START_ARRAY) {
                context.problem(InputProblem.line(1), null, Said.of("refusal.tradestats.notCensus"));
                context.failIfProblems();
            }
            Row row = new Row();
            readRow(parser, row);
            Columns read = Columns.of(this, row, context);
            context.failIfProblems();
            // a header whose flow is not told is refused just above, its problem noted
            Columns columns = Objects.requireNonNull(read, "the columns of a header that was not refused");
            Map<String, Optional<CountryCode>> partners = new HashMap<>();
            int record = 0;
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.START_ARRAY) {
                record++;
                int line = parser.currentLocation().getLineNr();
                readRow(parser, row);
                Figure figure = columns.figure(row, record, line, context, partners);
                if (figure != null) {
                    sink.accept(figure);
                }
            }
            if (token != JsonToken.END_ARRAY) {
                context.problem(InputProblem.line(parser.currentLocation().getLineNr()), null, Said.of("refusal.tradestats.expectedRow"));
            }
        } catch (StreamReadException e) {
            context.problem(InputProblem.line(e.getLocation().getLineNr()), null, Said.of("refusal.tradestats.malformedJson", String.valueOf(e.getOriginalMessage())));
        } catch (JacksonIOException e) {
            // Jackson 3 wraps the stream's own failure unchecked: it leaves here as every reader's does, an IOException
            throw e.getCause();
        }
        context.failIfProblems();
    }

    /**
     * One row's fields, the same array for every row of a file: a list built per row cost a third of the reading. A row
     * sees only its own fields (those past {@link #size} are a longer row's before it, never read).
     */
    private static final class Row {
        @Nullable String[] fields = new String[16];
        int size;

        @Nullable String field(int index) {
            return index >= 0 && index < size ? fields[index] : null;
        }
    }

    private static void readRow(JsonParser parser, Row row) throws IOException {
        row.size = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw new StreamReadException(parser, "unexpected end of file");
            }
            if (row.size == row.fields.length) {
                row.fields = Arrays.copyOf(row.fields, row.size * 2);
            }
            row.fields[row.size++] = token == JsonToken.VALUE_NULL ? null : parser.getString();
        }
    }

    /** Where each needed field sits in this file's rows; Census repeats a column when it is also a predicate. */
    private final class Columns {
        final Flow flow;
        final String commodityName;
        final String valueName;
        final int commodity;
        final int value;
        final int altValue;
        final int country;
        final int countryName;
        final int time;
        final int year;
        final int month;
        final int quantity;
        final int unit;
        final int synthetic;

        private Columns(Flow flow, Map<String, Integer> index) {
            this.flow = flow;
            commodityName = flow == Flow.IMPORT ? "I_COMMODITY" : "E_COMMODITY";
            commodity = index.getOrDefault(commodityName, -1); // present: the flow was told by it
            if (flow == Flow.IMPORT) {
                int general = index.getOrDefault("GEN_VAL_MO", -1);
                int consumption = index.getOrDefault("CON_VAL_MO", -1);
                value = general >= 0 ? general : consumption;
                valueName = general >= 0 ? "GEN_VAL_MO" : "CON_VAL_MO";
                altValue = general >= 0 ? consumption : -1;
                quantity = index.getOrDefault("GEN_QY1_MO", -1);
            } else {
                value = index.getOrDefault("ALL_VAL_MO", -1);
                valueName = "ALL_VAL_MO";
                altValue = -1;
                quantity = index.getOrDefault("QTY_1_MO", -1);
            }
            unit = index.getOrDefault("UNIT_QY1", -1);
            country = index.getOrDefault("CTY_CODE", -1);
            countryName = index.getOrDefault("CTY_NAME", -1);
            time = index.getOrDefault("time", -1);
            year = index.getOrDefault("YEAR", -1);
            month = index.getOrDefault("MONTH", -1);
            synthetic = index.getOrDefault("SYNTHETIC", -1);
        }

        static @Nullable Columns of(CensusJsonReader reader, Row header, ReadContext context) {
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < header.size; i++) {
                String name = header.fields[i];
                if (name != null) {
                    index.putIfAbsent(name, i);
                }
            }
            Flow flow = index.containsKey("I_COMMODITY") ? Flow.IMPORT : index.containsKey("E_COMMODITY") ? Flow.EXPORT : null;
            if (flow == null) {
                context.problem(InputProblem.line(1), "I_COMMODITY", Said.of("refusal.tradestats.noCommodity"));
                return null;
            }
            Columns columns = reader.new Columns(flow, index);
            if (columns.value < 0) {
                context.problem(InputProblem.line(1), columns.valueName, Said.of(flow == Flow.IMPORT ? "refusal.tradestats.noValueColumnOrCon"
                        : "refusal.tradestats.noValueColumn", columns.valueName));
            }
            if (columns.country < 0) {
                context.problem(InputProblem.line(1), "CTY_CODE", Said.of("refusal.tradestats.noCountryColumn"));
            }
            if (columns.time < 0 && (columns.year < 0 || columns.month < 0)) {
                context.problem(InputProblem.line(1), "time", Said.of("refusal.tradestats.noTimeColumn"));
            }
            return columns;
        }

        /** The row's figure; null when it is refused (its problem noted in context) or skipped (and counted). */
        @Nullable Figure figure(Row row, int record, int line, ReadContext context,
                      Map<String, Optional<CountryCode>> partners) {
            Optional<CountryCode> partner = partner(row, record, line, context, partners);
            String hs = partner == null ? null : hsCode(row, record, line, context);
            if (partner == null || hs == null) {
                return null;
            }
            YearMonth period = period(row, line, record, context);
            String amount = field(row, value);
            @Nullable String alt = altValue >= 0 ? field(row, altValue) : null;
            @Nullable String qty = quantity >= 0 ? field(row, quantity) : null;
            if (!amountsAcceptable(amount, alt, qty, record, line, context) || period == null || amount == null) {
                return null;
            }
            @Nullable String qtyUnit = unit >= 0 ? field(row, unit) : null;
            Optional<Said> wrongUnit = Values.isBlank(qty) ? Optional.empty() : Limits.lineSaid(qtyUnit);
            if (wrongUnit.isPresent()) {
                context.problem(where(line, record), "UNIT_QY1", wrongUnit.get());
                return null;
            }
            return new Figure(US, partner.get(), flow, false, period, hs, Values.plain(amount),
                    // Census values imports (GEN_VAL_MO) at customs value and exports (ALL_VAL_MO) f.a.s., free alongside
                    // ship: the goods beside the vessel before loading, a little below FOB.
                    alt == null || Values.isBlank(alt) ? null : Values.plain(alt), flow == Flow.IMPORT ? "CV" : "FAS",
                    Values.isBlank(qty) ? null : qty, qtyUnit == null || Values.isBlank(qtyUnit) || Values.isBlank(qty) ? null : qtyUnit.trim(),
                    // Census codes are of the HTS in force in the figure's month: see HsRevisions.revisionOfYear.
                    null, line, HsRevisions.revisionOfYear(period.getYear()), null);
        }

        /**
         * The row's partner, found once per Census code; the import is marked synthetic where the row says so. Null when
         * the row is refused (no country code) or skipped (a country group, or a code the reference data lacks).
         */
        private @Nullable Optional<CountryCode> partner(Row row, int record, int line, ReadContext context,
                                              Map<String, Optional<CountryCode>> partners) {
            String code = field(row, country);
            if (code == null || code.isBlank()) {
                context.problem(where(line, record), "CTY_CODE", Said.of("refusal.tradestats.emptyCountry"));
                return null;
            }
            code = code.trim();
            if (code.equals("-")) {
                // all countries: the world totals, kept apart from the countries under their own partner
                partners.putIfAbsent(code, Optional.of(CountryCode.WORLD));
            } else if (isCountryGroup(code)) {
                context.skip("Census country groups (CTY_CODE " + code.charAt(0) + "...)");
                return null;
            }
            if (synthetic >= 0 && "true".equalsIgnoreCase(field(row, synthetic))) {
                context.markSynthetic();
            }
            String name = field(row, countryName);
            Optional<CountryCode> partner = partners.get(code);
            if (partner == null) {
                partner = countries.byCensusCode(code).or(() -> name == null ? Optional.empty() : countries.find(name))
                        .map(Country::code);
                partners.put(code, partner);
            }
            if (partner.isEmpty()) {
                context.skip("Census country code " + code + (name == null ? "" : " (" + name.trim() + ")")
                        + " not in the reference data");
                return null;
            }
            return partner;
        }

        /** The HS code, empty for all products ("-" or TOTAL); null when it is not one. */
        private @Nullable String hsCode(Row row, int record, int line, ReadContext context) {
            String commodityCode = field(row, commodity);
            String hs = commodityCode == null ? "" : commodityCode.trim();
            if (hs.equals("-") || hs.equalsIgnoreCase("TOTAL")) {
                hs = "";
            }
            if (!hs.isEmpty() && !HsCode.isValid(hs)) {
                context.problem(where(line, record), commodityName, Said.of("refusal.tradestats.notHs2to10", Limits.shown(String.valueOf(commodityCode))));
                return null;
            }
            return hs;
        }

        /** Whether the value is an amount, and the alternative value and quantity, where given, are one too. */
        private boolean amountsAcceptable(@Nullable String amount, @Nullable String alt, @Nullable String qty, int record, int line, ReadContext context) {
            if (!Values.isAmount(amount)) {
                context.problem(where(line, record), valueName, amount == null || amount.isBlank() ? Said.of("refusal.tradestats.emptyValue")
                        : Said.of("refusal.tradestats.notAnAmount", Values.shown(amount)));
                return false;
            }
            if (alt != null && !alt.isBlank() && !Values.isAmount(alt)) {
                context.problem(where(line, record), "CON_VAL_MO", Said.of("refusal.tradestats.notAnAmount", Values.shown(alt)));
                return false;
            }
            if (qty != null && !qty.isBlank() && !Values.isQuantity(qty)) {
                // Never left out silently: a quantity that is not one is as wrong as a value that is not one.
                context.problem(where(line, record), flow == Flow.IMPORT ? "GEN_QY1_MO" : "QTY_1_MO", Said.of("refusal.tradestats.notAQuantity", Values.shown(qty)));
                return false;
            }
            return true;
        }

        private @Nullable YearMonth period(Row row, int line, int record, ReadContext context) {
            String text = time >= 0 ? field(row, time) : field(row, year) + "-" + field(row, month);
            // Read as written: a month of one digit, or a space or control character around it, is refused, not tidied.
            YearMonth parsed = text == null ? null : month(text);
            if (parsed != null) {
                return parsed;
            }
            context.problem(where(line, record), time >= 0 ? "time" : "MONTH", Said.of("refusal.tradestats.notAMonth", Limits.shown(String.valueOf(text)),
                    String.valueOf(Period.FIRST_YEAR), String.valueOf(Period.LAST_YEAR)));
            return null;
        }
    }

    /** Where a problem is, written only when there is one: building it for every line cost a tenth of the reading. */
    private static Said where(int line, int record) {
        return Said.of("refusal.where.lineRecord", String.valueOf(line), String.valueOf(record));
    }

    /**
     * A Census month exactly as the API documents it, YYYY-MM ("2024-03"; YEAR and MONTH are four and two characters),
     * within {@link Period#YEARS}, or null: "2024-1" is no month the API writes, and a reader that guessed at it would also
     * take "2024-1 " or a stray digit for one. Read by hand: it is asked of every line.
     */
    static @Nullable YearMonth month(String text) {
        int length = text.length();
        if (length != 7 || text.charAt(4) != '-') {
            return null;
        }
        int year = 0;
        for (int i = 0; i < 4; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            year = year * 10 + c - '0';
        }
        int month = 0;
        for (int i = 5; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            month = month * 10 + c - '0';
        }
        return month >= 1 && month <= 12 && Period.withinYears(year) ? YearMonth.of(year, month) : null;
    }

    /** Census aggregates other than all countries ("-"): codes starting 0 (EU, NAFTA...) and regions such as 1XXX. */
    static boolean isCountryGroup(String code) {
        return code.startsWith("0") || code.indexOf('X') >= 0 || code.indexOf('x') >= 0;
    }

    private static @Nullable String field(Row row, int index) {
        return row.field(index);
    }
}
