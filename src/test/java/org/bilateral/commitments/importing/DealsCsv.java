package org.bilateral.commitments.importing;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** Builds a deals file with the columns of ../shared/data/deals/reported-deals.csv, row by row, for tests. */
final class DealsCsv {

    static final String HEADER = "id,date,status,buyer,buyer_country,seller,seller_country,item,hs_code,quantity,unit,"
            + "value_usd_low,value_usd_high,period,source_url,note";

    private final List<String> rows = new ArrayList<>();

    static DealsCsv create() {
        return new DealsCsv();
    }

    /** A row in the file's own column order; empty strings for empty cells. */
    DealsCsv row(String id, String date, String status, String buyer, String seller, String item, String hs, String quantity,
                 String unit, String low, String high, String period) {
        rows.add(String.join(",", id, date, quote(status), quote(buyer), "VN", quote(seller), seller.isEmpty() ? "" : "US", quote(item), hs,
                quantity, unit, low, high, quote(period), "https://example.org/" + id, ""));
        return this;
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    String text() {
        return HEADER + "\n" + String.join("\n", rows) + "\n";
    }

    StringReader reader() {
        return new StringReader(text());
    }

    /** The Vietnam Airlines order as it was reported, stage after stage, plus an unrelated MOU. */
    static DealsCsv airlineOrderReannounced() {
        return create()
                .row("A1", "2023-09-11", "MOU/proposal acceptance", "Vietnam Airlines", "Boeing", "737 MAX aircraft", "880240", "50", "aircraft",
                        "7800000000", "10000000000", "")
                .row("A2", "2025-10-26", "agreed (cited in Joint Statement)", "Vietnam Airlines", "Boeing", "aircraft", "8802", "50", "aircraft",
                        "8000000000", "", "")
                .row("A3", "2026-02-18", "purchase agreement", "Vietnam Airlines", "Boeing", "737 MAX 8 aircraft", "880240", "50", "aircraft",
                        "12000000000", "", "2027-2030")
                .row("B1", "2025-06-02", "MOU", "Khai Anh Binh Thuan", "AGP", "soybean meal", "230400", "1000000", "t",
                        "380000000", "390000000", "3 years");
    }
}
