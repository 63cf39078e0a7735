package org.bilateral.tradestats.census;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bilateral.shared.Flow;
import org.bilateral.shared.Said;
import org.bilateral.shared.Unavailable;
import org.bilateral.sources.FetchFailed;
import org.bilateral.sources.Fetcher;
import org.bilateral.sources.SourceKeys;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;

/**
 * Asks the Census International Trade API for one month of one flow with one partner, by HS product ({@code hs}) or by
 * US state and HS product ({@code statehs}), through {@link Fetcher} (its retries, waits and bounds), and checks the
 * answer is the API's JSON before anything is kept: an answer cut short or not JSON is {@link Fetcher.Malformed} and
 * asked again; a page saying the key is missing or wrong is a failure at once, since asking again would get the same.
 */
@Component
@EnableConfigurationProperties(CensusProperties.class)
public class CensusApi {

    private static final JsonFactory JSON = new JsonFactory();

    private final Fetcher fetcher;
    private final SourceKeys keys;
    private final CensusProperties properties;

    CensusApi(Fetcher fetcher, SourceKeys keys, CensusProperties properties) {
        this.fetcher = fetcher;
        this.keys = keys;
        this.properties = properties;
    }

    public CensusProperties properties() {
        return properties;
    }

    /**
     * The variables asked of the {@code hs} endpoints: exactly the columns {@code importing.CensusJsonReader} reads (the
     * commodity, the month's value, for imports also imports for consumption, the country's code and name), and at HS10,
     * where Census gives them, the first quantity and its unit. {@code time}, {@code CTY_CODE} and {@code COMM_LVL} come
     * back as predicate columns after them.
     */
    static String productVariables(Flow flow, CensusLevel level) {
        String quantities = level == CensusLevel.HS10 ? (flow == Flow.IMPORT ? ",GEN_QY1_MO,UNIT_QY1" : ",QTY_1_MO,UNIT_QY1") : "";
        return flow == Flow.IMPORT ? "CTY_CODE,CTY_NAME,I_COMMODITY,GEN_VAL_MO,CON_VAL_MO" + quantities
                : "CTY_CODE,CTY_NAME,E_COMMODITY,ALL_VAL_MO" + quantities;
    }

    /** The variables asked of the {@code statehs} endpoints: dollars only, no quantity is published by state. */
    static String stateVariables(Flow flow) {
        return flow == Flow.IMPORT ? "STATE,CTY_CODE,I_COMMODITY,GEN_VAL_MO" : "STATE,CTY_CODE,E_COMMODITY,ALL_VAL_MO";
    }

    /**
     * One month of one flow with one partner by HS product. At HS10 the month is asked in ten parts by the commodity's
     * first digit ({@code I_COMMODITY=0*} ... {@code 9*}), the Guide's remedy for country × commodity answers too large
     * to come whole; the parts are one answer, imported together or not at all.
     */
    public CensusTable products(Flow flow, String censusCountry, CensusLevel level, YearMonth month) {
        String variables = productVariables(flow, level);
        if (level != CensusLevel.HS10) {
            return ask(endpoint(flow, "hs"), variables, censusCountry, level, month, null);
        }
        CensusTable whole = new CensusTable("", List.of(), List.of());
        for (char digit = '0'; digit <= '9'; digit++) {
            whole = whole.and(ask(endpoint(flow, "hs"), variables, censusCountry, level, month, digit + "*"));
        }
        return whole;
    }

    /** One month of one flow with one partner by US state and HS product (2 to 6 digits). */
    public CensusTable states(Flow flow, String censusCountry, CensusLevel level, YearMonth month) {
        return ask(endpoint(flow, "statehs"), stateVariables(flow), censusCountry, level.forStates(), month, null);
    }

    private String endpoint(Flow flow, String dataset) {
        return properties.baseText() + (flow == Flow.IMPORT ? "/imports/" : "/exports/") + dataset;
    }

    private CensusTable ask(String endpoint, String variables, String censusCountry, CensusLevel level, YearMonth month,
                            @org.jspecify.annotations.Nullable String commodityPrefix) {
        String key = keys.key("census").orElseThrow(() -> new Unavailable(Said.of("refusal.census.noKey",
                keys.file("census").toString())));
        String commodity = variables.contains("I_COMMODITY") ? "I_COMMODITY" : "E_COMMODITY";
        // Every call names its month (time=): without it the API answers an error, not the latest month.
        StringBuilder query = new StringBuilder("?get=").append(variables)
                .append("&CTY_CODE=").append(encoded(censusCountry))
                .append("&COMM_LVL=").append(level.name())
                .append("&time=").append(month);
        if (commodityPrefix != null) {
            query.append('&').append(commodity).append('=').append(encoded(commodityPrefix));
        }
        query.append("&key=").append(encoded(key));
        URI address = URI.create(endpoint + query);
        List<String> wanted = List.of(variables.split(","));
        return fetcher.get(Fetcher.Request.to(address).with("Accept", "application/json"), answer -> read(answer, wanted, month));
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("%2A", "*");
    }

    /** The answer as a table, or {@link Fetcher.Malformed} when it is not the API's JSON with the variables asked. */
    static CensusTable read(Fetcher.Answer answer, List<String> wanted, YearMonth month) {
        String address = Fetcher.withoutKeys(answer.address());
        if (answer.status() == 204) {
            return new CensusTable(address, List.of(), List.of());
        }
        String text = answer.text();
        String start = text.stripLeading();
        if (start.startsWith("<")) {
            // Census sends a request without a valid key to a page (missing_key.html, invalid_key.html) that answers 200.
            if (text.toLowerCase(Locale.ROOT).contains("key")) {
                throw new FetchFailed(answer.address(), Said.of("refusal.census.keyRefused"));
            }
            throw new Fetcher.Malformed(Said.of("refusal.census.notJson"));
        }
        List<List<String>> rows = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(new java.io.ByteArrayInputStream(answer.body()))) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new Fetcher.Malformed(Said.of("refusal.census.notJson"));
            }
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.START_ARRAY) {
                List<String> row = new ArrayList<>();
                while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
                    row.add(parser.getString());
                }
                if (token != JsonToken.END_ARRAY) {
                    // every value is a string in the API's answers, numbers included
                    throw new Fetcher.Malformed(Said.of("refusal.census.notAString", String.valueOf(rows.size() + 1)));
                }
                if (!rows.isEmpty() && row.size() != rows.get(0).size()) {
                    throw new Fetcher.Malformed(Said.of("refusal.census.rowLength", String.valueOf(rows.size() + 1),
                            String.valueOf(row.size()), String.valueOf(rows.get(0).size())));
                }
                rows.add(row);
            }
            if (token != JsonToken.END_ARRAY || parser.nextToken() != null) {
                throw new Fetcher.Malformed(Said.of("refusal.census.notJson"));
            }
        } catch (StreamReadException e) {
            // an answer cut short ends inside a row: asked again
            throw new Fetcher.Malformed(Said.of("refusal.census.cutShort", String.valueOf(e.getOriginalMessage())));
        } catch (tools.jackson.core.JacksonException e) {
            throw new Fetcher.Malformed(Said.of("refusal.census.cutShort", String.valueOf(e.getOriginalMessage())));
        }
        if (rows.isEmpty()) {
            throw new Fetcher.Malformed(Said.of("refusal.census.noHeader"));
        }
        List<String> header = rows.get(0);
        for (String variable : wanted) {
            if (!header.contains(variable)) {
                throw new Fetcher.Malformed(Said.of("refusal.census.missingColumn", variable));
            }
        }
        int time = header.indexOf("time");
        if (time < 0) {
            throw new Fetcher.Malformed(Said.of("refusal.census.missingColumn", "time"));
        }
        // an answer for another month than the one asked (a cache, a proxy) is not this month's: asked again
        for (List<String> row : rows.subList(1, rows.size())) {
            if (!row.get(time).equals(month.toString())) {
                throw new Fetcher.Malformed(Said.of("refusal.census.otherMonth", row.get(time), month.toString()));
            }
        }
        return new CensusTable(address, header, rows.subList(1, rows.size()));
    }

    /** Writes a table for the importer, as {@link CensusTable#writeTo} says. */
    public static void write(CensusTable table, java.nio.file.Path file) {
        try {
            table.writeTo(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
