package org.bilateral.tradestats.pulling;

import java.util.ArrayList;
import java.util.List;
import org.bilateral.shared.Said;
import org.bilateral.sources.Fetcher;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An answer of Comtrade's data API, its envelope read: {@code {"elapsedTime":"0.11 secs","count":4,"data":[...],
 * "error":""}}. Each record is kept as the text Comtrade sent it in (numbers as written: a value of
 * {@code 6804128143.509} is not passed through a double), for the importer to read as it reads a downloaded file.
 *
 * @param count   the records the envelope says it holds
 * @param records each record as compact JSON text, with the period it is of
 */
record ComtradeAnswer(int count, List<Sent> records) {

    /** One record as sent: its {@code period} ({@code 202501} or {@code 2025}; blank when it gives none) and its text. */
    record Sent(String period, String json) {
    }

    /** Decimals kept exact both ways: read as BigDecimal, written as plain digits. */
    static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    ComtradeAnswer {
        records = List.copyOf(records);
    }

    /**
     * Reads an answer, refusing as {@link Fetcher.Malformed} (tried again, then reported) what is not a whole envelope: not
     * JSON or cut short, an error said in the envelope, no {@code data}, or fewer records than its {@code count}.
     */
    static ComtradeAnswer read(Fetcher.Answer answer) {
        JsonNode root;
        try {
            root = JSON.readTree(answer.body());
        } catch (JacksonException e) {
            throw new Fetcher.Malformed(Said.of("refusal.tradestats.comtradeNotJson", String.valueOf(e.getOriginalMessage())));
        }
        if (root == null || !root.isObject()) {
            throw new Fetcher.Malformed(Said.of("refusal.tradestats.comtradeNotEnvelope"));
        }
        JsonNode error = root.get("error");
        if (error != null && !error.isNull() && !error.asString().isBlank()) {
            throw new Fetcher.Malformed(Said.of("refusal.tradestats.comtradeError", error.asString()));
        }
        JsonNode data = root.get("data");
        if (data == null || !data.isArray()) {
            throw new Fetcher.Malformed(Said.of("refusal.tradestats.noData"));
        }
        List<Sent> records = new ArrayList<>(data.size());
        for (JsonNode record : data) {
            if (!record.isObject()) {
                throw new Fetcher.Malformed(Said.of("refusal.tradestats.expectedRecord"));
            }
            JsonNode period = record.get("period");
            records.add(new Sent(period == null || period.isNull() ? "" : period.asString().strip(), JSON.writeValueAsString(record)));
        }
        JsonNode count = root.get("count");
        int said = count == null || !count.canConvertToInt() ? records.size() : count.asInt();
        if (said != records.size()) {
            throw new Fetcher.Malformed(Said.of("refusal.tradestats.comtradeCountMismatch", String.valueOf(said),
                    String.valueOf(records.size())));
        }
        return new ComtradeAnswer(said, records);
    }
}
