package org.bilateral.tradestats.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;

/** Vietnam's demonstration statistics as UN Comtrade files: annual JSON as the API answers, monthly CSV as it downloads. */
final class VietnamComtradeFiles {

    private VietnamComtradeFiles() {
    }

    /** Each year's sums from {@link DemoData#FIRST_YEAR} to {@code lastYear}, one record a product and flow. */
    static void json(Path file, Map<String, long[]> exports, Map<String, long[]> imports, int lastYear)
            throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"elements\":null,\"data\":[\n");
            boolean first = true;
            for (int year = DemoData.FIRST_YEAR; year <= lastYear; year++) {
                for (int side = 0; side < 2; side++) {
                    Map<String, long[]> series = side == 0 ? exports : imports;
                    for (Map.Entry<String, long[]> e : series.entrySet()) {
                        long sum = 0;
                        for (int m = (year - DemoData.FIRST_YEAR) * 12; m < (year - DemoData.FIRST_YEAR + 1) * 12; m++) {
                            sum += e.getValue()[m];
                        }
                        out.write(first ? "" : ",\n");
                        first = false;
                        out.write(jsonRecord(year + "", "A", side == 0, e.getKey(), sum));
                    }
                }
            }
            out.write("\n],\"count\":0,\"error\":\"\"}\n");
        }
    }

    private static String jsonRecord(String period, String freq, boolean export, String code, long value) {
        String flow = export ? "X" : "M";
        String cif = export ? "null" : Long.toString(value);
        String fob = export ? Long.toString(value) : "null";
        return "{\"typeCode\":\"C\",\"freqCode\":\"" + freq + "\",\"refYear\":" + period.substring(0, 4)
                + ",\"period\":\"" + period + "\",\"reporterCode\":704,\"reporterISO\":\"VNM\",\"reporterDesc\":\"Viet Nam\""
                + ",\"flowCode\":\"" + flow + "\",\"partnerCode\":842,\"partnerISO\":\"USA\",\"partnerDesc\":\"USA\""
                + ",\"partner2Code\":0,\"classificationCode\":\"H6\",\"cmdCode\":\"" + code + "\",\"customsCode\":\"C00\""
                + ",\"motCode\":0,\"qty\":null,\"qtyUnitAbbr\":\"N/A\",\"netWgt\":null,\"cifvalue\":" + cif
                + ",\"fobvalue\":" + fob + ",\"primaryValue\":" + value + ",\"isReported\":true,\"synthetic\":true}";
    }

    /** Each month from {@code fromYear} to the last month written, one line a product and flow traded. */
    static void csv(Path file, Map<String, long[]> exports, Map<String, long[]> imports, int fromYear, int writtenMonths)
            throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(DemoData.COMTRADE_CSV_HEADER);
            for (int m = (fromYear - DemoData.FIRST_YEAR) * 12; m < writtenMonths; m++) {
                YearMonth month = DemoData.month(m);
                String period = String.format("%d%02d", month.getYear(), month.getMonthValue());
                for (int side = 0; side < 2; side++) {
                    boolean export = side == 0;
                    for (Map.Entry<String, long[]> e : (export ? exports : imports).entrySet()) {
                        long v = e.getValue()[m];
                        if (v <= 0) {
                            continue;
                        }
                        out.write("C,M," + period + "01," + month.getYear() + "," + month.getMonthValue() + "," + period
                                + ",704,VNM,Viet Nam," + (export ? "X,Export" : "M,Import") + ",842,USA,USA,0,H6,"
                                + e.getKey() + ",C00,0,N/A,,," + (export ? "" : v) + "," + (export ? v : "") + "," + v
                                + ",true,true\n");
                    }
                }
            }
        }
    }
}
