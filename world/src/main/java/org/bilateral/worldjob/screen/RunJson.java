package org.bilateral.worldjob.screen;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * RUN.json, the run as the workbench loads it (WORLD-SPEC §3): amounts as exact decimal strings in US dollars, to the
 * store's six decimals; shares and scores as numbers; a signal's value null where it was not computed. A value that is no
 * finite number (a unit value over a zero price) is written as Jackson writes it by default, the string "Infinity" or "NaN".
 */
public final class RunJson {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final int STORE_SCALE = 6;

    private RunJson() {
    }

    /** Writes the run to a local path or a Hadoop path (hdfs://, s3a://), beside the file first and moved into place. */
    public static void write(WorldScreen.Run run, String out) throws IOException {
        Paths.write(out, stream -> write(run, stream));
    }

    public static void write(WorldScreen.Run run, OutputStream out) throws IOException {
        ScreenAsked a = run.asked();
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("origin", a.originIso());
            g.writeStringField("destination", a.destinationIso());
            g.writeNumberField("fromYear", a.fromYear());
            g.writeNumberField("toYear", a.toYear());
            g.writeFieldName("eventYear");
            writeInteger(g, a.eventYear());
            g.writeNumberField("cifFobMargin", a.cifFobMargin());
            g.writeNumberField("top", a.top());
            g.writeStringField("master", run.master());
            g.writeStringField("sparkVersion", run.sparkVersion());
            g.writeStringField("startedAt", run.startedAt().toString());
            g.writeStringField("finishedAt", run.finishedAt().toString());
            g.writeStringField("store", a.store());
            g.writeNumberField("flowsRead", run.flowsRead());
            g.writeBooleanField("synthetic", run.synthetic());
            g.writeArrayFieldStart("sources");
            for (String name : run.sources()) {
                g.writeString(name);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("hubs");
            for (HubResult h : run.hubs()) {
                writeHub(g, h);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void writeHub(JsonGenerator g, HubResult h) throws IOException {
        g.writeStartObject();
        g.writeStringField("hub", h.hub());
        g.writeNumberField("productsScreened", h.productsScreened());
        g.writeNumberField("freundProducts", h.freundProducts());
        g.writeFieldName("tradeYear");
        writeInteger(g, h.tradeYear());
        g.writeFieldName("boundUsd");
        writeAmount(g, h.boundUsd());
        g.writeFieldName("hubExportsUsd");
        writeAmount(g, h.hubExportsUsd());
        g.writeFieldName("share");
        writeDouble(g, h.share());
        g.writeArrayFieldStart("missing");
        for (String m : h.missing()) {
            g.writeString(m);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("products");
        for (HubResult.Product p : h.products()) {
            g.writeStartObject();
            g.writeNumberField("rank", p.rank());
            g.writeStringField("code", p.code());
            g.writeNumberField("score", p.score());
            g.writeFieldName("tradeUsd");
            writeAmount(g, p.tradeUsd());
            g.writeNumberField("freund", p.freund());
            g.writeArrayFieldStart("signals");
            for (HubResult.SignalResult s : p.signals()) {
                g.writeStartObject();
                g.writeStringField("kind", s.kind());
                g.writeFieldName("value");
                writeDouble(g, s.value());
                g.writeNumberField("rank", s.rank());
                g.writeStringField("arithmetic", s.arithmetic());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** An amount to the store's six decimals, exactly: a sum of the store's values never has more. */
    static String amount(BigDecimal amount) {
        return (amount.scale() < STORE_SCALE ? amount.setScale(STORE_SCALE) : amount).toPlainString();
    }

    private static void writeAmount(JsonGenerator g, @Nullable BigDecimal amount) throws IOException {
        if (amount == null) {
            g.writeNull();
        } else {
            g.writeString(amount(amount));
        }
    }

    private static void writeInteger(JsonGenerator g, @Nullable Integer value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value);
        }
    }

    private static void writeDouble(JsonGenerator g, @Nullable Double value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value);
        }
    }
}
