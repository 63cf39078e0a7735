package org.bilateral.tradestats.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * Vietnam's imports of the US's products from its other suppliers (SYNTHETIC), so that an offer's trade diversion and the
 * preference gap have competitors to read: each product's usual suppliers at a plausible size against what Vietnam records
 * from the US (Brazil's soybeans above the US's, Airbus's aircraft beside Boeing's, Korea's and Taiwan's chips above the
 * US's), and Vietnam's imports of the product from the world: the US, these suppliers and the rest (5–25% more). Each
 * product draws from a generator of its own, year after year, so that a later month reaching further leaves the earlier
 * years alone, and nothing of the Vietnam–US flows or of the other demonstration files is drawn differently.
 */
final class CompetitorsDemo {

    /** A supplier as UN Comtrade names it: its code, ISO alpha-3 and description. */
    record Supplier(String code, String iso3, String name) {
    }

    private static final Map<String, Supplier> SUPPLIERS = Map.ofEntries(
            Map.entry("AE", new Supplier("784", "ARE", "United Arab Emirates")), Map.entry("AR", new Supplier("32", "ARG", "Argentina")),
            Map.entry("AU", new Supplier("36", "AUS", "Australia")), Map.entry("BR", new Supplier("76", "BRA", "Brazil")),
            Map.entry("CA", new Supplier("124", "CAN", "Canada")), Map.entry("CL", new Supplier("152", "CHL", "Chile")),
            Map.entry("CN", new Supplier("156", "CHN", "China")), Map.entry("DE", new Supplier("276", "DEU", "Germany")),
            Map.entry("FR", new Supplier("251", "FRA", "France")), Map.entry("GB", new Supplier("826", "GBR", "United Kingdom")),
            Map.entry("ID", new Supplier("360", "IDN", "Indonesia")), Map.entry("IN", new Supplier("699", "IND", "India")),
            Map.entry("JP", new Supplier("392", "JPN", "Japan")), Map.entry("KR", new Supplier("410", "KOR", "Rep. of Korea")),
            Map.entry("MY", new Supplier("458", "MYS", "Malaysia")), Map.entry("NL", new Supplier("528", "NLD", "Netherlands")),
            Map.entry("NZ", new Supplier("554", "NZL", "New Zealand")), Map.entry("PL", new Supplier("616", "POL", "Poland")),
            Map.entry("QA", new Supplier("634", "QAT", "Qatar")), Map.entry("RU", new Supplier("643", "RUS", "Russian Federation")),
            Map.entry("SA", new Supplier("682", "SAU", "Saudi Arabia")), Map.entry("SG", new Supplier("702", "SGP", "Singapore")),
            Map.entry("TH", new Supplier("764", "THA", "Thailand")), Map.entry("TW", new Supplier("158", "TWN", "Taiwan")));

    /**
     * Each US product's other suppliers and their size against Vietnam's imports from the US in 2017 (1.3: a third more
     * than the US sells). Every product of {@link DemoData#US_EXPORTS} has some.
     */
    static final Map<String, Map<String, Double>> RIVALS = rivals(new Object[][] {
            {"880240", "FR", 0.9, "SG", 0.1}, {"880730", "FR", 0.6, "SG", 0.4, "GB", 0.2},
            {"841191", "FR", 0.5, "GB", 0.4, "SG", 0.3}, {"520100", "BR", 0.9, "AU", 0.6, "IN", 0.3},
            {"120190", "BR", 1.3, "CA", 0.15, "AR", 0.1}, {"230400", "AR", 2.5, "BR", 1.2, "IN", 0.2},
            {"230330", "CA", 0.1, "TH", 0.05}, {"100590", "AR", 3.0, "BR", 2.0, "IN", 0.3},
            {"100199", "AU", 1.5, "CA", 0.8, "RU", 0.3}, {"854231", "KR", 2.5, "TW", 2.0, "CN", 1.5, "JP", 0.6, "MY", 0.5},
            {"854232", "KR", 1.5, "TW", 0.8, "CN", 0.6, "JP", 0.4}, {"848620", "JP", 1.2, "KR", 1.0, "CN", 0.6, "NL", 0.5},
            {"847150", "CN", 1.5, "TW", 0.5, "KR", 0.3}, {"847330", "CN", 1.5, "TW", 0.8, "KR", 0.6, "JP", 0.3},
            {"841182", "JP", 0.6, "DE", 0.5, "GB", 0.3}, {"842952", "CN", 1.5, "JP", 1.2, "KR", 0.5},
            {"847989", "CN", 2.0, "JP", 1.0, "KR", 0.8, "DE", 0.4}, {"848180", "CN", 1.5, "JP", 0.6, "KR", 0.5, "DE", 0.4},
            {"850440", "CN", 1.5, "JP", 0.4, "KR", 0.4}, {"901890", "DE", 0.6, "JP", 0.5, "CN", 0.4, "KR", 0.2},
            {"300490", "IN", 0.6, "FR", 0.5, "DE", 0.5, "KR", 0.3}, {"080251", "AU", 0.3, "CN", 0.1},
            {"080212", "AU", 0.4}, {"020714", "BR", 0.8, "KR", 0.2, "PL", 0.2}, {"040221", "NZ", 2.0, "AU", 0.5, "FR", 0.2},
            {"390110", "KR", 1.0, "SA", 0.9, "TH", 0.8, "SG", 0.6}, {"390210", "KR", 0.8, "SA", 0.6, "SG", 0.5, "TH", 0.5},
            {"470321", "BR", 0.8, "CL", 0.5, "CA", 0.3, "ID", 0.3}, {"720449", "JP", 1.2, "AU", 0.3},
            {"760200", "JP", 0.3, "AU", 0.2, "TH", 0.2}, {"410150", "BR", 0.6, "AU", 0.4},
            {"440799", "NZ", 0.3, "DE", 0.2, "CA", 0.2}, {"271112", "QA", 0.8, "SA", 0.6, "AE", 0.4},
            {"271019", "SG", 3.0, "KR", 1.5, "MY", 1.0}, {"380891", "CN", 2.0, "IN", 0.8, "JP", 0.2},
            {"852910", "CN", 2.0, "KR", 1.5}, {"903180", "JP", 0.8, "CN", 0.6, "DE", 0.5, "KR", 0.4},
            {"870323", "TH", 1.5, "ID", 1.0, "JP", 0.4, "KR", 0.3, "CN", 0.3}, {"330499", "KR", 1.5, "JP", 0.6, "FR", 0.4, "TH", 0.4},
            {"210690", "TH", 0.7, "CN", 0.4, "SG", 0.4, "NZ", 0.3}});

    /**
     * Products the demonstration's US does not sell Vietnam, bought from partners its agreements favour, by their size in
     * 2017 in millions of dollars: beef from Australia, apples and milk's cheese from New Zealand, wine from France, Chile
     * and Australia. What an offer's preference gap lists as where US goods would start behind.
     */
    static final Map<String, Map<String, Double>> NOT_FROM_US = rivals(new Object[][] {
            {"020130", "AU", 60.0, "NZ", 15.0}, {"080810", "NZ", 40.0, "AU", 8.0}, {"040690", "NZ", 20.0, "FR", 15.0, "AU", 10.0},
            {"220421", "FR", 30.0, "AU", 20.0, "CL", 15.0}});

    private static Map<String, Map<String, Double>> rivals(Object[][] rows) {
        Map<String, Map<String, Double>> result = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Map<String, Double> of = new LinkedHashMap<>();
            for (int i = 1; i < row.length; i += 2) {
                of.put((String) row[i], (Double) row[i + 1]);
            }
            result.put((String) row[0], of);
        }
        return result;
    }

    /** Vietnam's yearly imports of each product from each supplier (ISO alpha-2), and from the world. */
    record Imports(Map<String, Map<String, long[]>> bySupplier, Map<String, long[]> world) {
    }

    private CompetitorsDemo() {
    }

    /**
     * @param fromUs       Vietnam's monthly imports from the US as it records them, by product (whole years)
     * @param fromChina    Vietnam's monthly imports from China the transshipment demonstration already gives: kept as they
     *                     are, China's rows added only for the products it does not hold (one file holds a year's imports
     *                     from China, which a second file would replace)
     */
    static Imports imports(long seed, Map<String, long[]> fromUs, Map<String, long[]> fromChina) {
        Map<String, Map<String, long[]>> bySupplier = new LinkedHashMap<>();
        Map<String, long[]> world = new LinkedHashMap<>();
        int index = 0;
        for (Map.Entry<String, Map<String, Double>> product : RIVALS.entrySet()) {
            String code = product.getKey();
            long[] us = yearly(Objects.requireNonNull(fromUs.get(code), code));
            Random random = new Random(seed + 7000 + index++);
            Map<String, long[]> suppliers = new LinkedHashMap<>();
            long[] total = us.clone();
            for (Map.Entry<String, Double> rival : product.getValue().entrySet()) {
                long[] values;
                if (rival.getKey().equals("CN") && fromChina.containsKey(code)) {
                    values = yearly(Objects.requireNonNull(fromChina.get(code)));
                } else {
                    double trend = 1 + (random.nextDouble() - 0.4) * 0.1;
                    values = new long[us.length];
                    for (int y = 0; y < us.length; y++) {
                        values[y] = Math.round(Math.max(us[0], 1) * rival.getValue() * Math.pow(trend, y)
                                * Math.exp(random.nextGaussian() * 0.1));
                    }
                }
                suppliers.put(rival.getKey(), values);
                for (int y = 0; y < us.length; y++) {
                    total[y] += values[y];
                }
            }
            double rest = 0.05 + random.nextDouble() * 0.2;
            long[] w = new long[us.length];
            for (int y = 0; y < us.length; y++) {
                w[y] = total[y] + Math.round(total[y] * rest);
            }
            bySupplier.put(code, suppliers);
            world.put(code, w);
        }
        int years = fromUs.values().iterator().next().length / 12;
        index = 0;
        for (Map.Entry<String, Map<String, Double>> product : NOT_FROM_US.entrySet()) {
            Random random = new Random(seed + 8000 + index++);
            Map<String, long[]> suppliers = new LinkedHashMap<>();
            long[] total = new long[years];
            for (Map.Entry<String, Double> rival : product.getValue().entrySet()) {
                double trend = 1 + (random.nextDouble() - 0.4) * 0.1;
                long[] values = new long[years];
                for (int y = 0; y < years; y++) {
                    values[y] = Math.round(rival.getValue() * 1_000_000 * Math.pow(trend, y) * Math.exp(random.nextGaussian() * 0.1));
                    total[y] += values[y];
                }
                suppliers.put(rival.getKey(), values);
            }
            double rest = 0.05 + random.nextDouble() * 0.2;
            long[] w = new long[years];
            for (int y = 0; y < years; y++) {
                w[y] = total[y] + Math.round(total[y] * rest);
            }
            bySupplier.put(product.getKey(), suppliers);
            world.put(product.getKey(), w);
        }
        return new Imports(bySupplier, world);
    }

    private static long[] yearly(long[] monthly) {
        long[] years = new long[monthly.length / 12];
        for (int m = 0; m < years.length * 12; m++) {
            years[m / 12] += monthly[m];
        }
        return years;
    }

    /**
     * The suppliers other than China and the world as a Comtrade CSV of annual figures through {@code lastYear}, reporter
     * Vietnam, flow import, CIF.
     */
    static void write(Path file, Imports imports, int lastYear) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(DemoData.COMTRADE_CSV_HEADER);
            for (int year = DemoData.FIRST_YEAR; year <= lastYear; year++) {
                int y = year - DemoData.FIRST_YEAR;
                for (Map.Entry<String, Map<String, long[]>> product : imports.bySupplier().entrySet()) {
                    for (Map.Entry<String, long[]> supplier : product.getValue().entrySet()) {
                        if (!supplier.getKey().equals("CN")) {
                            Supplier s = Objects.requireNonNull(SUPPLIERS.get(supplier.getKey()), supplier.getKey());
                            row(out, year, s.code() + "," + s.iso3() + "," + s.name(), product.getKey(), supplier.getValue()[y]);
                        }
                    }
                    row(out, year, "0,W00,World", product.getKey(), Objects.requireNonNull(imports.world().get(product.getKey()))[y]);
                }
            }
        }
    }

    /** China's rows for the products the transshipment demonstration's file of Vietnam's imports from China lacks. */
    static void appendChina(Path file, Imports imports, Map<String, long[]> fromChina, int lastYear) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND)) {
            for (int year = DemoData.FIRST_YEAR; year <= lastYear; year++) {
                for (Map.Entry<String, Map<String, long[]>> product : imports.bySupplier().entrySet()) {
                    long[] china = product.getValue().get("CN");
                    if (china != null && !fromChina.containsKey(product.getKey())) {
                        row(out, year, "156,CHN,China", product.getKey(), china[year - DemoData.FIRST_YEAR]);
                    }
                }
            }
        }
    }

    private static void row(BufferedWriter out, int year, String partner, String code, long value) throws IOException {
        if (value > 0) {
            out.write("C,A," + year + "0101," + year + ",52," + year + ",704,VNM,Viet Nam,M,Import," + partner + ",0,H6," + code
                    + ",C00,0,N/A,,," + value + ",," + value + ",true,true\n");
        }
    }

    /** The suppliers a product has in the demonstration: for the tests. */
    static List<String> suppliersOf(String code) {
        return List.copyOf(Objects.requireNonNull(RIVALS.get(code), code).keySet());
    }
}
