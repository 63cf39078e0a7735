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
public final class CensusJsonWriter implements AutoCloseable {

    private final BufferedWriter out;
    private final boolean imports;
    private final boolean quantities;

    public CensusJsonWriter(Path file, boolean imports) throws IOException {
        this(file, imports, false);
    }

    /** @param quantities whether rows give general imports' first quantity and its unit (GEN_QY1_MO, UNIT_QY1) */
    public CensusJsonWriter(Path file, boolean imports, boolean quantities) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
        this.imports = imports;
        this.quantities = quantities && imports;
        out.write(imports
                ? "[[\"CTY_CODE\",\"CTY_NAME\",\"I_COMMODITY\",\"GEN_VAL_MO\",\"CON_VAL_MO\",\"time\",\"SYNTHETIC\""
                        + (this.quantities ? ",\"GEN_QY1_MO\",\"UNIT_QY1\"]" : "]")
                : "[[\"CTY_CODE\",\"CTY_NAME\",\"E_COMMODITY\",\"ALL_VAL_MO\",\"time\",\"SYNTHETIC\"]");
    }

    public void row(String countryCode, String countryName, String hsCode, long value, YearMonth month, long quantity, String unit)
            throws IOException {
        writeRow(countryCode, countryName, hsCode, value, month);
        out.write(",\"");
        out.write(Long.toString(quantity));
        out.write("\",\"");
        out.write(unit);
        out.write("\"]");
    }

    public void row(String countryCode, String countryName, String hsCode, long value, YearMonth month) throws IOException {
        if (quantities) {
            throw new IllegalStateException("this file gives quantities: write them");
        }
        writeRow(countryCode, countryName, hsCode, value, month);
        out.write("]");
    }

    private void writeRow(String countryCode, String countryName, String hsCode, long value, YearMonth month) throws IOException {
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
        out.write("\",\"true\"");
    }

    @Override
    public void close() throws IOException {
        out.write("]\n");
        out.close();
    }
}
