package org.bilateral.tradestats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds a small US Census API response file, row by row, for tests. */
public final class CensusFile {

    private final boolean imports;
    private final List<String> rows = new ArrayList<>();

    private CensusFile(boolean imports) {
        this.imports = imports;
    }

    public static CensusFile imports() {
        return new CensusFile(true);
    }

    public static CensusFile exports() {
        return new CensusFile(false);
    }

    /** A row for a country (Census code), HS code, month (YYYY-MM) and value; any field may be malformed on purpose. */
    public CensusFile row(String countryCode, String hsCode, String value, String month) {
        return row(countryCode, hsCode, value, month, "", "");
    }

    /** An imports row with its first quantity in a Census unit ("KG", "NO"); country "-" is all countries. */
    public CensusFile row(String countryCode, String hsCode, String value, String month, String quantity, String unit) {
        rows.add(imports
                ? "[\"" + countryCode + "\",\"X\",\"" + hsCode + "\",\"" + value + "\",\"" + value + "\",\"" + month + "\",\""
                        + quantity + "\",\"" + unit + "\"]"
                : "[\"" + countryCode + "\",\"X\",\"" + hsCode + "\",\"" + value + "\",\"" + month + "\"]");
        return this;
    }

    public String json() {
        String header = imports
                ? "[\"CTY_CODE\",\"CTY_NAME\",\"I_COMMODITY\",\"GEN_VAL_MO\",\"CON_VAL_MO\",\"time\",\"GEN_QY1_MO\",\"UNIT_QY1\"]"
                : "[\"CTY_CODE\",\"CTY_NAME\",\"E_COMMODITY\",\"ALL_VAL_MO\",\"time\"]";
        return "[" + header + (rows.isEmpty() ? "" : ",\n" + String.join(",\n", rows)) + "]\n";
    }

    public Path writeTo(Path directory, String name) {
        try {
            return Files.writeString(directory.resolve(name), json());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
