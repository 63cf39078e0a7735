package org.bilateral.tradestats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds a small UN Comtrade CSV file for tests. */
public final class ComtradeCsvFile {

    private final List<String> rows = new ArrayList<>();

    public static ComtradeCsvFile create() {
        return new ComtradeCsvFile();
    }

    /** reporter and partner as Comtrade codes (Viet Nam 704, USA 842), flow M or X, period YYYY or YYYYMM. */
    public ComtradeCsvFile row(int reporter, int partner, String flow, String period, String cmdCode, String value) {
        return row(reporter, partner, flow, period, cmdCode, value, "", "N/A");
    }

    /** A row with its quantity in a unit as Comtrade abbreviates it ("kg", "u"); partner 0 is the world. */
    public ComtradeCsvFile row(int reporter, int partner, String flow, String period, String cmdCode, String value, String quantity,
                               String unit) {
        String freq = period.length() == 4 ? "A" : "M";
        String cif = flow.equals("M") ? value : "";
        String fob = flow.equals("X") ? value : "";
        rows.add(String.join(",", freq, period, Integer.toString(reporter), Integer.toString(partner), flow, "0", "H6",
                cmdCode, "C00", "0", cif, fob, value, quantity, unit));
        return this;
    }

    public Path writeTo(Path directory, String name) {
        try {
            return Files.writeString(directory.resolve(name), "freqCode,period,reporterCode,partnerCode,flowCode,"
                    + "partner2Code,classificationCode,cmdCode,customsCode,motCode,cifvalue,fobvalue,primaryValue,qty,qtyUnitAbbr\n"
                    + String.join("\n", rows) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
