package org.bilateral.tradestats.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates Vietnam–US statistics for 2017–2024 in the real formats, deterministic for a seed.
 * US totals equal the published annual figures (US Census, via USITC and USTR: imports from Vietnam
 * 66.7 bn in 2019, 114.4 bn in 2023, 136.6 bn in 2024; exports 10.9, 9.8, 13.1 bn), interpolated for
 * 2020–2022, and for 2017–2018 between 2019 and the published 2014 figures (30.6 and 5.7 bn). Vietnam's own statistics
 * differ as real mirror statistics do: exports recorded lower than the US records them arriving (valuation,
 * transshipment, timing), imports higher (CIF values, goods of US origin arriving through third countries), shipments a
 * month apart. Beside them, the flows a transshipment screen reads ({@link TriangleDemo}): the US's and Vietnam's
 * imports from China, with rerouting planted in known products.
 */
public final class DemoData {

    public static final int FIRST_YEAR = 2017;
    public static final int LAST_YEAR = 2024;

    /** US imports from Vietnam and US exports to Vietnam, US dollars: published where known, else interpolated. */
    static final Map<Integer, long[]> US_TOTALS = new LinkedHashMap<>();

    /** The published figures the totals are calibrated to: year, US imports from Vietnam, US exports to it. */
    private static final long[][] ANCHORS = {{2014, 30_600_000_000L, 5_700_000_000L}, {2019, 66_700_000_000L, 10_900_000_000L},
            {2023, 114_400_000_000L, 9_800_000_000L}, {2024, 136_600_000_000L, 13_100_000_000L}};

    /** A published year's imports and exports, as the demonstration is calibrated to them. */
    static long[] anchor(int year) {
        for (long[] a : ANCHORS) {
            if (a[0] == year) {
                return new long[] {a[1], a[2]};
            }
        }
        throw new IllegalArgumentException("no published anchor for " + year);
    }

    static {
        long[][] anchors = ANCHORS;
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            int i = 0;
            while (anchors[i + 1][0] < year) {
                i++;
            }
            double t = (double) (year - anchors[i][0]) / (anchors[i + 1][0] - anchors[i][0]);
            US_TOTALS.put(year, new long[] {Math.round(anchors[i][1] + t * (anchors[i + 1][1] - anchors[i][1])),
                    Math.round(anchors[i][2] + t * (anchors[i + 1][2] - anchors[i][2]))});
        }
    }

    /** Vietnam's products in the US: electronics, machinery, furniture, apparel, footwear. Shares of the total. */
    static final Object[][] VIETNAM_EXPORTS = {
            {"847130", 0.075}, {"847150", 0.035}, {"847330", 0.030}, {"851713", 0.070}, {"851762", 0.030},
            {"851770", 0.015}, {"854231", 0.015}, {"854143", 0.035}, {"850440", 0.020}, {"852872", 0.025},
            {"852990", 0.015}, {"854442", 0.020}, {"844332", 0.012}, {"847170", 0.015}, {"850760", 0.010},
            {"940360", 0.035}, {"940161", 0.025}, {"940350", 0.020}, {"940171", 0.012}, {"940490", 0.008},
            {"611020", 0.025}, {"620462", 0.020}, {"620342", 0.018}, {"610910", 0.015}, {"611030", 0.012},
            {"620140", 0.010}, {"621210", 0.006}, {"420292", 0.012}, {"640299", 0.020}, {"640411", 0.025},
            {"640399", 0.012}, {"640391", 0.008}, {"030617", 0.010}, {"080132", 0.008}, {"090111", 0.003},
            {"400122", 0.003}, {"401110", 0.010}, {"392690", 0.008}, {"950300", 0.008}, {"950699", 0.006},
            {"730890", 0.005}, {"940540", 0.008}, {"841510", 0.008}, {"848180", 0.006}, {"870899", 0.006},
            {"441820", 0.004}, {"160414", 0.003}, {"711319", 0.004}, {"902890", 0.004}, {"900490", 0.003}};

    /** US products in Vietnam: aircraft, cotton, soybeans, feed, machinery, chips. Shares of the total. */
    static final Object[][] US_EXPORTS = {
            {"880240", 0.060}, {"880730", 0.020}, {"841191", 0.015}, {"520100", 0.085}, {"120190", 0.075},
            {"230400", 0.040}, {"230330", 0.030}, {"100590", 0.020}, {"100199", 0.025}, {"854231", 0.090},
            {"854232", 0.030}, {"848620", 0.040}, {"847150", 0.020}, {"847330", 0.015}, {"841182", 0.015},
            {"842952", 0.012}, {"847989", 0.020}, {"848180", 0.010}, {"850440", 0.010}, {"901890", 0.012},
            {"300490", 0.015}, {"080251", 0.020}, {"080212", 0.012}, {"020714", 0.010}, {"040221", 0.008},
            {"390110", 0.025}, {"390210", 0.012}, {"470321", 0.015}, {"720449", 0.030}, {"760200", 0.012},
            {"410150", 0.020}, {"440799", 0.015}, {"271112", 0.010}, {"271019", 0.010}, {"380891", 0.008},
            {"852910", 0.010}, {"903180", 0.010}, {"870323", 0.008}, {"330499", 0.006}, {"210690", 0.010}};

    /** The columns of a Comtrade CSV download, as the demonstration's files write them. */
    static final String COMTRADE_CSV_HEADER = "typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,"
            + "reporterDesc,flowCode,flowDesc,partnerCode,partnerISO,partnerDesc,partner2Code,classificationCode,cmdCode,customsCode,"
            + "motCode,qtyUnitAbbr,qty,netWgt,cifvalue,fobvalue,primaryValue,isReported,synthetic\n";

    private static final double[] VIETNAM_SEASON = {1.00, 0.78, 0.98, 0.97, 1.00, 1.01, 1.03, 1.05, 1.04, 1.06, 1.05, 1.03};
    private static final double[] US_SEASON = {0.95, 0.92, 1.00, 1.00, 1.02, 1.00, 0.98, 0.99, 1.02, 1.05, 1.04, 1.03};

    private final long seed;
    private final double strength;

    public DemoData(long seed) {
        this(seed, TriangleDemo.STRENGTH);
    }

    /** @param strength how much of the planted products' trade is rerouted (see {@link TriangleDemo}) */
    public DemoData(long seed, double strength) {
        this.seed = seed;
        this.strength = strength;
    }

    /** The files written, in the order they should be imported. */
    public List<Path> write(Path directory) throws IOException {
        Files.createDirectories(directory);
        TriangleDemo triangle = new TriangleDemo(strength);
        Map<String, long[]> usImports = series(VIETNAM_EXPORTS, VIETNAM_SEASON, 0, new Random(seed), triangle::emphasis);
        Map<String, long[]> usExports = series(US_EXPORTS, US_SEASON, 1, new Random(seed + 1), (code, month) -> 1.0);
        Map<String, long[]> vnExports = mirror(usImports, true, new Random(seed + 2));
        Map<String, long[]> vnImports = mirror(usExports, false, new Random(seed + 3));
        TriangleDemo.Flows china = triangle.flows(usImports, new Random(seed + 4));
        triangle.underRecord(vnExports, usImports);
        TriangleDemo.Prices prices = TriangleDemo.prices(usImports.keySet(), new Random(seed + 5));
        Map<String, long[]> usImportQuantities = triangle.usFromVietnamQuantities(usImports, prices);
        TriangleDemo.World world = triangle.world(usImports, vnExports, china, new Random(seed + 6));

        List<Path> files = new ArrayList<>();
        Path census = directory.resolve("census-imports-hs6-vietnam-2017-2024.json");
        writeCensus(census, true, usImports, usImportQuantities, "5520", "VIETNAM");
        files.add(census);
        census = directory.resolve("census-exports-hs6-vietnam-2017-2024.json");
        writeCensus(census, false, usExports, null, "5520", "VIETNAM");
        files.add(census);
        Path annual = directory.resolve("comtrade-vietnam-usa-annual-2017-2024.json");
        writeComtradeJson(annual, vnExports, vnImports);
        files.add(annual);
        Path monthly = directory.resolve("comtrade-vietnam-usa-monthly-2021-2024.csv");
        writeComtradeCsv(monthly, vnExports, vnImports, 2021);
        files.add(monthly);
        census = directory.resolve("census-imports-hs6-china-2017-2024.json");
        writeCensus(census, true, china.usFromChina(), null, "5700", "CHINA");
        files.add(census);
        Path fromChina = directory.resolve("comtrade-vietnam-imports-china-annual-2017-2024.csv");
        triangle.writeVietnamFromChina(fromChina, china.vietnamFromChina(), prices);
        files.add(fromChina);
        Path worldTotals = directory.resolve("comtrade-world-totals-china-vietnam-usa-annual-2017-2024.csv");
        triangle.writeWorld(worldTotals, world);
        files.add(worldTotals);
        return files;
    }

    static int months() {
        return (LAST_YEAR - FIRST_YEAR + 1) * 12;
    }

    static YearMonth month(int index) {
        return YearMonth.of(FIRST_YEAR, 1).plusMonths(index);
    }

    /** Monthly values per product whose yearly sums equal the target exactly. */
    static Map<String, long[]> series(Object[][] mix, double[] season, int totalIndex, Random random,
                                      java.util.function.ToDoubleBiFunction<String, Integer> emphasis) {
        Map<String, double[]> raw = new LinkedHashMap<>();
        for (Object[] product : mix) {
            double share = (Double) product[1];
            double trend = 1 + (random.nextDouble() - 0.5) * 0.08;
            double[] values = new double[months()];
            for (int i = 0; i < values.length; i++) {
                int yearIndex = i / 12;
                double noise = Math.exp(random.nextGaussian() * 0.15);
                values[i] = share * Math.pow(trend, yearIndex) * season[i % 12] * noise * emphasis.applyAsDouble((String) product[0], i);
                if (((String) product[0]).startsWith("8802")) {
                    values[i] = random.nextDouble() < 0.35 ? values[i] * 2.8 : values[i] * 0.05; // deliveries are lumpy
                }
            }
            raw.put((String) product[0], values);
        }
        Map<String, long[]> result = new LinkedHashMap<>();
        raw.keySet().forEach(code -> result.put(code, new long[months()]));
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            long target = US_TOTALS.get(year)[totalIndex];
            calibrate(raw, result, (year - FIRST_YEAR) * 12, target);
        }
        return result;
    }

    /** Scales one year of raw weights to whole dollars summing exactly to the target. */
    private static void calibrate(Map<String, double[]> raw, Map<String, long[]> result, int firstMonth, long target) {
        double sum = 0;
        for (double[] v : raw.values()) {
            for (int m = firstMonth; m < firstMonth + 12; m++) {
                sum += v[m];
            }
        }
        long assigned = 0;
        String largestCode = null;
        int largestMonth = 0;
        long largest = -1;
        for (Map.Entry<String, double[]> e : raw.entrySet()) {
            long[] out = result.get(e.getKey());
            for (int m = firstMonth; m < firstMonth + 12; m++) {
                out[m] = Math.round(e.getValue()[m] / sum * target);
                assigned += out[m];
                if (out[m] > largest) {
                    largest = out[m];
                    largestCode = e.getKey();
                    largestMonth = m;
                }
            }
        }
        result.get(largestCode)[largestMonth] += target - assigned;
    }

    /**
     * Vietnam's record of the same trade: its exports recorded lower than US imports and a month earlier
     * (shipping time); its imports recorded higher than US exports (CIF, third-country routing).
     */
    static Map<String, long[]> mirror(Map<String, long[]> us, boolean vietnamExports, Random random) {
        Map<String, long[]> result = new LinkedHashMap<>();
        for (Map.Entry<String, long[]> e : us.entrySet()) {
            long[] in = e.getValue();
            long[] out = new long[in.length];
            for (int m = 0; m < in.length; m++) {
                int year = FIRST_YEAR + m / 12;
                double ratio = vietnamExports ? 0.90 - 0.005 * (year - FIRST_YEAR) : 1.30 - 0.03 * (year - FIRST_YEAR);
                int source = vietnamExports ? Math.min(m + 1, in.length - 1) : Math.max(m - 1, 0);
                out[m] = Math.round(in[source] * ratio * Math.exp(random.nextGaussian() * 0.08));
            }
            result.put(e.getKey(), out);
        }
        return result;
    }

    /** @param quantities each product's monthly quantity in its Census unit ({@link TriangleDemo#unit}), or null for none */
    private static void writeCensus(Path file, boolean imports, Map<String, long[]> series, Map<String, long[]> quantities,
                                    String country, String name) throws IOException {
        try (CensusJsonWriter writer = new CensusJsonWriter(file, imports, quantities != null)) {
            for (int m = 0; m < months(); m++) {
                for (Map.Entry<String, long[]> e : series.entrySet()) {
                    if (e.getValue()[m] <= 0) {
                        continue;
                    }
                    if (quantities == null) {
                        writer.row(country, name, e.getKey(), e.getValue()[m], month(m));
                    } else {
                        writer.row(country, name, e.getKey(), e.getValue()[m], month(m), quantities.get(e.getKey())[m],
                                TriangleDemo.unit(e.getKey()).census());
                    }
                }
            }
        }
    }

    private static void writeComtradeJson(Path file, Map<String, long[]> exports, Map<String, long[]> imports)
            throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"elements\":null,\"data\":[\n");
            boolean first = true;
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                for (int side = 0; side < 2; side++) {
                    Map<String, long[]> series = side == 0 ? exports : imports;
                    for (Map.Entry<String, long[]> e : series.entrySet()) {
                        long sum = 0;
                        for (int m = (year - FIRST_YEAR) * 12; m < (year - FIRST_YEAR + 1) * 12; m++) {
                            sum += e.getValue()[m];
                        }
                        out.write(first ? "" : ",\n");
                        first = false;
                        out.write(comtradeJsonRecord(year + "", "A", side == 0, e.getKey(), sum));
                    }
                }
            }
            out.write("\n],\"count\":0,\"error\":\"\"}\n");
        }
    }

    private static String comtradeJsonRecord(String period, String freq, boolean export, String code, long value) {
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

    private static void writeComtradeCsv(Path file, Map<String, long[]> exports, Map<String, long[]> imports, int fromYear)
            throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(COMTRADE_CSV_HEADER);
            for (int m = (fromYear - FIRST_YEAR) * 12; m < months(); m++) {
                YearMonth month = month(m);
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
