package org.bilateral.tradestats.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

/**
 * Writes the US Census International Trade API response format: a JSON array of string arrays, the
 * first naming the columns, one row per line as the API sends them. A SYNTHETIC column marks the data.
 */
final class CensusJsonWriter implements AutoCloseable {

    private final BufferedWriter out;
    private final boolean imports;
    private boolean first = true;

    CensusJsonWriter(Path file, boolean imports) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
        this.imports = imports;
        out.write(imports
                ? "[[\"CTY_CODE\",\"CTY_NAME\",\"I_COMMODITY\",\"GEN_VAL_MO\",\"CON_VAL_MO\",\"time\",\"SYNTHETIC\"]"
                : "[[\"CTY_CODE\",\"CTY_NAME\",\"E_COMMODITY\",\"ALL_VAL_MO\",\"time\",\"SYNTHETIC\"]");
    }

    void row(String countryCode, String countryName, String hsCode, long value, YearMonth month) throws IOException {
        out.write(",\n[\"");
        out.write(countryCode);
        out.write("\",\"");
        out.write(countryName);
        out.write("\",\"");
        out.write(hsCode);
        out.write("\",\"");
        out.write(Long.toString(value));
        if (imports) {
            out.write("\",\"");
            out.write(Long.toString(value - value / 50));
        }
        out.write("\",\"");
        out.write(month.toString());
        out.write("\",\"true\"]");
        first = false;
    }

    @Override
    public void close() throws IOException {
        out.write("]\n");
        out.close();
    }
}
