package org.bilateral.tradestats.importing;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.bilateral.reference.CountryDirectory;
import org.bilateral.shared.Said;
import org.bilateral.shared.InputProblem;

/**
 * UN Comtrade JSON: the API's response object (its envelope: elapsedTime, count, data, error) with its records under
 * "data" (or the legacy "dataset"), or a bare array of records; an error said before or after the records refuses it. Records are read one at a time, so file size does not matter.
 */
final class ComtradeJsonReader implements StatisticsReader {

    private static final JsonFactory JSON = new JsonFactory();

    private final CountryDirectory countries;

    ComtradeJsonReader(CountryDirectory countries) {
        this.countries = countries;
    }

    @Override
    public String format() {
        return "comtrade-json";
    }

    @Override
    public void read(InputStream in, ReadContext context, FigureSink sink) throws IOException {
        context.dataset(ComtradeRecord.DATASET);
        ComtradeRecord records = new ComtradeRecord(countries);
        try (JsonParser parser = JSON.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT && !seekRecords(parser, context)) {
                context.failIfProblems();
                return;
            } else if (first != JsonToken.START_OBJECT && first != JsonToken.START_ARRAY) {
                context.problem(InputProblem.line(1), null, Said.of("refusal.tradestats.notComtradeJson"));
                context.failIfProblems();
            }
            int record = 0;
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.START_OBJECT) {
                record++;
                int line = parser.currentLocation().getLineNr();
                Map<String, String> fields = readObject(parser);
                Figure figure = records.figure(fields::get, Said.of("refusal.where.recordLine", String.valueOf(record), String.valueOf(line)), line, context);
                if (figure != null) {
                    sink.accept(figure);
                }
            }
            if (token != JsonToken.END_ARRAY) {
                context.problem(InputProblem.line(parser.currentLocation().getLineNr()), null, Said.of("refusal.tradestats.expectedRecord"));
            } else if (first == JsonToken.START_OBJECT) {
                errorAfterData(parser, context);
            }
        } catch (StreamReadException e) {
            context.problem(InputProblem.line(e.getLocation().getLineNr()), null, Said.of("refusal.tradestats.malformedJson", String.valueOf(e.getOriginalMessage())));
        } catch (JacksonIOException e) {
            // Jackson 3 wraps the stream's own failure unchecked: it leaves here as every reader's does, an IOException
            throw e.getCause();
        }
        context.failIfProblems();
    }

    /** Moves to the start of the records array inside the response object; false when there is none. */
    private static boolean seekRecords(JsonParser parser, ReadContext context) throws IOException {
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if ((name.equals("data") || name.equals("dataset")) && value == JsonToken.START_ARRAY) {
                return true;
            }
            if (name.equals("error") && value == JsonToken.VALUE_STRING && !parser.getString().isBlank()) {
                context.problem(InputProblem.line(parser.currentLocation().getLineNr()), "error",
                        Said.of("refusal.tradestats.comtradeError", parser.getString()));
                return false;
            }
            parser.skipChildren();
        }
        context.problem(InputProblem.line(parser.currentLocation().getLineNr()), "data", Said.of("refusal.tradestats.noData"));
        return false;
    }

    /**
     * The API writes its envelope's "error" after its "data" ({"elapsedTime":…,"count":…,"data":[…],"error":""}): records
     * followed by an error are a failed answer, not statistics to keep.
     */
    private static void errorAfterData(JsonParser parser, ReadContext context) throws IOException {
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("error") && value == JsonToken.VALUE_STRING && !parser.getString().isBlank()) {
                context.problem(InputProblem.line(parser.currentLocation().getLineNr()), "error",
                        Said.of("refusal.tradestats.comtradeErrorAfterData", parser.getString()));
            }
            parser.skipChildren();
        }
        if (token != JsonToken.END_OBJECT) {
            throw new StreamReadException(parser, "the response object is not closed");
        }
    }

    /** A record's fields by name in lower case: names are matched without regard to case, as in CSV and bulk files. */
    private static Map<String, String> readObject(JsonParser parser) throws IOException {
        Map<String, String> fields = new HashMap<>(64);
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                parser.skipChildren();
            } else if (value != JsonToken.VALUE_NULL) {
                // The number as written: "1e999999999" must reach the bounded check, not be expanded here.
                fields.put(name.toLowerCase(Locale.ROOT), parser.getString());
            }
        }
        if (token != JsonToken.END_OBJECT) {
            throw new StreamReadException(parser, "unterminated record");
        }
        return fields;
    }
}
