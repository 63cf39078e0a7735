package org.bilateral.tradestats;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Builds a UN Comtrade FINAL bulk file for tests in the layout of shared data formats/comtrade-bulk.md: its 34 columns in
 * the order read from a real file, tab-separated, unquoted, with the CIF and FOB columns spelled as the file's reader
 * at harvard-growth-lab reads them ("CIFValue", "FOBValue") unless told otherwise.
 */
public final class ComtradeBulkFile {

    private final List<String> rows = new ArrayList<>();
    private String cifName = "CIFValue";
    private String fobName = "FOBValue";

    public static ComtradeBulkFile create() {
        return new ComtradeBulkFile();
    }

    /** The CIF and FOB columns under other spellings ("cifValue", as the reference list spells them). */
    public ComtradeBulkFile valueColumns(String cif, String fob) {
        this.cifName = cif;
        this.fobName = fob;
        return this;
    }

    /**
     * One record of HS 2022 (H6) unless classification says otherwise; period YYYY (annual, refMonth 52) or YYYYMM.
     * cif and fob may be empty; the primary value is given apart, as the file gives it.
     */
    public ComtradeBulkFile row(int reporter, int partner, String flow, String period, String classification, String cmdCode,
                                String cif, String fob, String primary) {
        return row(reporter, partner, flow, period, classification, cmdCode, "0", cif, fob, primary);
    }

    /** The same with a mode of supply (mosCode) other than 0: a breakdown the totals already hold. */
    public ComtradeBulkFile row(int reporter, int partner, String flow, String period, String classification, String cmdCode,
                                String mosCode, String cif, String fob, String primary) {
        boolean annual = period.length() == 4;
        String year = period.substring(0, 4);
        String month = annual ? "52" : period.substring(4);
        String refPeriodId = year + (annual ? "01" : month) + "01";
        int level = cmdCode.equals("TOTAL") ? 0 : cmdCode.length();
        rows.add(String.join("\t",
                "20" + reporter + period, "C", annual ? "A" : "M", refPeriodId, year, month, period,
                Integer.toString(reporter), flow, Integer.toString(partner), "0",
                "HS", classification, "1", cmdCode, "C00", mosCode, "0",
                level == 6 ? "8" : "-1", level == 6 ? "1000" : "0", "0", "-1", "0", "0", level == 6 ? "1000" : "0", "0", "0", "0",
                cif, fob, primary, "0", "1", level == 6 ? "0" : "1"));
        return this;
    }

    private String text() {
        String header = String.join("\t", "datasetCode", "typeCode", "freqCode", "refPeriodId", "refYear", "refMonth", "period",
                "reporterCode", "flowCode", "partnerCode", "partner2Code", "classificationSearchCode", "classificationCode",
                "isOriginalClassification", "cmdCode", "customsCode", "mosCode", "motCode", "qtyUnitCode", "qty",
                "isQtyEstimated", "altQtyUnitCode", "altQty", "isAltQtyEstimated", "netWgt", "isNetWgtEstimated", "grossWgt",
                "isGrossWgtEstimated", cifName, fobName, "primaryValue", "legacyEstimationFlag", "isReported", "isAggregate");
        return header + "\n" + String.join("\n", rows) + "\n";
    }

    /** As the official client saves it with decompress=True: plain text, name ending .txt. */
    public Path writeTo(Path directory, String name) {
        try {
            return Files.writeString(directory.resolve(name), text());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As the server sends it: gzip'd, name ending .txt.gz. */
    public Path writeGzipTo(Path directory, String name) {
        Path file = directory.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
