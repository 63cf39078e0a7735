package org.bilateral.worldjob.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Small bulk files written by hand for the tests: a header of the columns the reader reads, and rows under it. */
final class BulkLinesFixture {

    static final String HEADER = String.join("\t", "freqCode", "period", "reporterCode", "flowCode", "partnerCode",
            "partner2Code", "classificationCode", "cmdCode", "customsCode", "motCode", "mosCode", "qtyUnitCode", "qty",
            "primaryValue");

    private BulkLinesFixture() {
    }

    /** A row of {@link #HEADER}: reporter 704 in 2019, totals (no breakdown), with the fields given. */
    static String row(String flow, String partner, String cmd, String unit, String qty, String value) {
        return String.join("\t", "A", "2019", "704", flow, partner, "0", "H5", cmd, "C00", "0", "0", unit, qty, value);
    }

    static String text(String header, List<String> rows) {
        StringBuilder text = new StringBuilder(header).append('\n');
        rows.forEach(r -> text.append(r).append('\n'));
        return text.toString();
    }

    static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    static Path write(Path folder, String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }
}
