package org.bilateral.tradestats.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.Objects;

/**
 * The flows a transshipment screen reads, beside the Vietnam–US demonstration data: the US's and Vietnam's imports from
 * China, shaped like (not calibrated to) the real ones, with rerouting planted in {@link #PLANTED} from 2019, after the
 * tariffs of 2018-07-06: their share of US imports from Vietnam grows by {@code strength} (1.0 doubles it), the same
 * dollars leave US imports from China and arrive in Vietnam's imports from China, and Vietnam records half of them as
 * exports. The {@link #GROWING} products merely grow, 30% a year, with nothing of China's in them. The screen is
 * measured against this truth (precision at the number planted, and no growing product in its top ten).
 *
 * <p>Beside the flows, what the unit values and the Freund test read. Quantities: China's goods of a product cost one
 * price wherever they go (5% more on arrival in Vietnam, freight and insurance), Vietnam's own goods 30–100% more (the
 * value it adds; its fast growers 40–120%), and rerouted goods leave Vietnam at China's price plus 3%. World totals:
 * China's sales elsewhere grow 2–8% a year, Vietnam's −2–4% (its fast growers' 30%, as in the US), the US buys the
 * product from others 3–10 times what it buys from China and Vietnam.
 */
public final class TriangleDemo {

    /** The products rerouted, and how much: a planted product's share of US imports from Vietnam doubles. */
    public static final Set<String> PLANTED = Set.of("854143", "850440", "847150", "852872", "940161", "730890", "841510", "940540");

    /** Products that grow fast on Vietnam's own account: the screen must not take them for rerouting. */
    public static final Set<String> GROWING = Set.of("611020", "640411", "620462", "420292", "950300", "030617", "080132", "392690");

    public static final double STRENGTH = 1.0;

    /** The first year the planted rerouting shows, the year after the tariffs of 2018-07-06. */
    public static final int FROM = 2019;

    private final double strength;

    /** How many months the flows run: whole years from January {@link DemoData#FIRST_YEAR}. */
    private final int months;

    TriangleDemo(double strength, int months) {
        this.strength = strength;
        this.months = months;
    }

    /** How much a product's share of US imports from Vietnam is raised in a month (of {@link DemoData#month}). */
    double emphasis(String code, int month) {
        int year = DemoData.month(month).getYear();
        if (year < FROM) {
            return 1.0;
        }
        if (PLANTED.contains(code)) {
            return 1.0 + strength;
        }
        if (GROWING.contains(code)) {
            return Math.pow(1.3, year - FROM + 1);
        }
        return 1.0;
    }

    /** US imports from China and Vietnam's imports from China, by product and month. */
    record Flows(Map<String, long[]> usFromChina, Map<String, long[]> vietnamFromChina) {
    }

    /** A product's unit of quantity as each office writes it: US Census, UN Comtrade. */
    record Unit(String census, String comtrade) {
    }

    static Unit unit(String code) {
        if (code.startsWith("64")) {
            return new Unit("PRS", "2u");
        }
        if (code.startsWith("84") || code.startsWith("85") || code.startsWith("94") || code.startsWith("95")) {
            return new Unit("NO", "u");
        }
        return new Unit("KG", "kg");
    }

    /** Prices per unit of China's goods, by product, and the value Vietnam's own goods add to them. */
    record Prices(Map<String, Double> china, Map<String, Double> vietnamAdds) {
    }

    static Prices prices(Set<String> codes, Random random) {
        Map<String, Double> china = new LinkedHashMap<>();
        Map<String, Double> adds = new LinkedHashMap<>();
        for (String code : codes) {
            china.put(code, Math.exp(Math.log(2) + random.nextDouble() * Math.log(200)));
            adds.put(code, GROWING.contains(code) ? 1.4 + random.nextDouble() * 0.8 : 1.3 + random.nextDouble() * 0.7);
        }
        return new Prices(china, adds);
    }

    /** The US's imports from Vietnam in units: its own goods at its price, the rerouted at China's plus freight. */
    Map<String, long[]> usFromVietnamQuantities(Map<String, long[]> usFromVietnam, Prices prices) {
        Map<String, double[]> rerouted = rerouted(usFromVietnam);
        Map<String, long[]> quantities = new LinkedHashMap<>();
        usFromVietnam.forEach((code, values) -> {
            double[] extra = rerouted.getOrDefault(code, new double[values.length]);
            double china = Objects.requireNonNull(prices.china().get(code), code);
            long[] q = new long[values.length];
            for (int m = 0; m < values.length; m++) {
                double own = Math.max(0, values[m] - extra[m]);
                q[m] = Math.max(1, Math.round(own / (china * Objects.requireNonNull(prices.vietnamAdds().get(code), code)) + extra[m] / (china * 1.03)));
            }
            quantities.put(code, q);
        });
        return quantities;
    }

    /** China's, Vietnam's and the US's trade with the world, by product and year: the world totals. */
    record World(Map<String, long[]> chinaExports, Map<String, long[]> vietnamExports, Map<String, long[]> usImports) {
    }

    World world(Map<String, long[]> usFromVietnam, Map<String, long[]> vietnamExportsToUs, Flows china, DemoData.Draws draws) {
        Random random = draws.base();
        int years = months / 12;
        Map<String, long[]> cn = new LinkedHashMap<>();
        Map<String, long[]> vn = new LinkedHashMap<>();
        Map<String, long[]> us = new LinkedHashMap<>();
        for (String code : usFromVietnam.keySet()) {
            long[] usFromChina = yearly(Objects.requireNonNull(china.usFromChina().get(code), code));
            long[] usFromVn = yearly(Objects.requireNonNull(usFromVietnam.get(code), code));
            long[] vnToUs = yearly(Objects.requireNonNull(vietnamExportsToUs.get(code), code));
            double chinaElsewhere = usFromChina[0] * (3 + random.nextDouble() * 5);
            double chinaTrend = 1.02 + random.nextDouble() * 0.06;
            double vietnamElsewhere = Math.max(usFromVn[0], 1) * (0.8 + random.nextDouble() * 1.7);
            double vietnamTrend = GROWING.contains(code) ? 1.3 : 0.98 + random.nextDouble() * 0.06;
            double others = (usFromChina[0] + usFromVn[0]) * (3 + random.nextDouble() * 7);
            double othersTrend = 1.01 + random.nextDouble() * 0.03;
            long[] c = new long[years];
            long[] v = new long[years];
            long[] u = new long[years];
            for (int y = 0; y < years; y++) {
                Random r = draws.year(y);
                int grown = Math.max(0, DemoData.FIRST_YEAR + y - FROM + 1);
                double vietnamGrowth = GROWING.contains(code) ? Math.pow(vietnamTrend, grown) : Math.pow(vietnamTrend, y);
                c[y] = usFromChina[y] + Math.round(chinaElsewhere * Math.pow(chinaTrend, y) * noise(r));
                v[y] = vnToUs[y] + Math.round(vietnamElsewhere * vietnamGrowth * noise(r));
                u[y] = usFromChina[y] + usFromVn[y] + Math.round(others * Math.pow(othersTrend, y) * noise(r));
            }
            cn.put(code, c);
            vn.put(code, v);
            us.put(code, u);
        }
        return new World(cn, vn, us);
    }

    private static double noise(Random random) {
        return Math.exp(random.nextGaussian() * 0.05);
    }

    private static long[] yearly(long[] monthly) {
        long[] years = new long[monthly.length / 12];
        for (int m = 0; m < monthly.length; m++) {
            years[m / 12] += monthly[m];
        }
        return years;
    }

    /**
     * The world totals as a Comtrade CSV of annual figures through {@code lastYear}, partner 0 (World): China's and Vietnam's
     * exports, US imports.
     */
    void writeWorld(Path file, World world, int lastYear) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(DemoData.COMTRADE_CSV_HEADER);
            for (int y = 0; y <= lastYear - DemoData.FIRST_YEAR; y++) {
                int year = DemoData.FIRST_YEAR + y;
                String[][] reporters = {{"156,CHN,China", "X,Export"}, {"704,VNM,Viet Nam", "X,Export"}, {"842,USA,USA", "M,Import"}};
                List<Map<String, long[]>> series = List.of(world.chinaExports(), world.vietnamExports(), world.usImports());
                for (int r = 0; r < reporters.length; r++) {
                    boolean imports = r == 2;
                    for (Map.Entry<String, long[]> e : series.get(r).entrySet()) {
                        long v = e.getValue()[y];
                        if (v > 0) {
                            out.write("C,A," + year + "0101," + year + ",52," + year + "," + reporters[r][0] + "," + reporters[r][1]
                                    + ",0,W00,World,0,H6," + e.getKey() + ",C00,0,N/A,,," + (imports ? v : "") + ","
                                    + (imports ? "" : v) + "," + v + ",true,true\n");
                        }
                    }
                }
            }
        }
    }

    /**
     * The trade a planted product's raised share carries each month beyond what its share before the event would carry:
     * the rerouted dollars.
     */
    Map<String, double[]> rerouted(Map<String, long[]> usFromVietnam) {
        double[] total = new double[months];
        usFromVietnam.values().forEach(v -> {
            for (int m = 0; m < months; m++) {
                total[m] += v[m];
            }
        });
        int before = (FROM - DemoData.FIRST_YEAR) * 12;
        double allBefore = 0;
        for (int m = 0; m < before; m++) {
            allBefore += total[m];
        }
        Map<String, double[]> rerouted = new LinkedHashMap<>();
        for (String code : PLANTED) {
            long[] v = Objects.requireNonNull(usFromVietnam.get(code), code);
            double own = 0;
            for (int m = 0; m < before; m++) {
                own += v[m];
            }
            double share = own / allBefore;
            double[] extra = new double[months];
            for (int m = before; m < months; m++) {
                extra[m] = Math.max(0, v[m] - share * total[m]);
            }
            rerouted.put(code, extra);
        }
        return rerouted;
    }

    Flows flows(Map<String, long[]> usFromVietnam, DemoData.Draws draws) {
        Random random = draws.base();
        Map<String, double[]> rerouted = rerouted(usFromVietnam);
        int before = (FROM - DemoData.FIRST_YEAR) * 12;
        Map<String, long[]> usFromChina = new LinkedHashMap<>();
        Map<String, long[]> vietnamFromChina = new LinkedHashMap<>();
        for (Map.Entry<String, long[]> e : usFromVietnam.entrySet()) {
            String code = e.getKey();
            long[] vn = e.getValue();
            double base = 0;
            for (int m = 0; m < before; m++) {
                base += vn[m];
            }
            base /= before;
            double chinaSize = 2 + random.nextDouble() * 6;
            double chinaTrend = 1 + (random.nextDouble() - 0.5) * 0.06;
            // what Vietnam buys from China of the product, as inputs: little for its own fast growers, much for the goods
            // rerouted (China's electronics and furniture parts)
            double inputs = GROWING.contains(code) ? 0.05 : PLANTED.contains(code) ? 0.4 + random.nextDouble() * 0.4
                    : 0.2 + random.nextDouble() * 0.4;
            long[] us = new long[months];
            long[] vnc = new long[months];
            double[] extra = rerouted.getOrDefault(code, new double[months]);
            for (int m = 0; m < months; m++) {
                Random r = draws.month(m);
                double noise = Math.exp(r.nextGaussian() * 0.08);
                us[m] = Math.max(0, Math.round((base * chinaSize * Math.pow(chinaTrend, m / 12.0) - extra[m]) * noise));
                vnc[m] = Math.max(0, Math.round((vn[m] - extra[m]) * inputs * Math.exp(r.nextGaussian() * 0.08) + 0.95 * extra[m]));
            }
            usFromChina.put(code, us);
            vietnamFromChina.put(code, vnc);
        }
        return new Flows(usFromChina, vietnamFromChina);
    }

    /** Vietnam records half the rerouted dollars as its exports: the mirror gap a planted product shows. */
    void underRecord(Map<String, long[]> vietnamExports, Map<String, long[]> usFromVietnam) {
        rerouted(usFromVietnam).forEach((code, extra) -> {
            long[] recorded = Objects.requireNonNull(vietnamExports.get(code), code);
            for (int m = 0; m < recorded.length; m++) {
                recorded[m] = Math.max(0, Math.round(recorded[m] - 0.5 * extra[m]));
            }
        });
    }

    /**
     * Vietnam's imports from China as a Comtrade CSV of annual figures through {@code lastYear}, reporter 704, partner 156,
     * with their quantities at China's price and 5% for freight and insurance.
     */
    void writeVietnamFromChina(Path file, Map<String, long[]> series, Prices prices, int lastYear) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(DemoData.COMTRADE_CSV_HEADER);
            for (int year = DemoData.FIRST_YEAR; year <= lastYear; year++) {
                for (Map.Entry<String, long[]> e : series.entrySet()) {
                    long sum = 0;
                    for (int m = (year - DemoData.FIRST_YEAR) * 12; m < (year - DemoData.FIRST_YEAR + 1) * 12; m++) {
                        sum += e.getValue()[m];
                    }
                    if (sum > 0) {
                        long quantity = Math.max(1, Math.round(sum / (Objects.requireNonNull(prices.china().get(e.getKey())) * 1.05)));
                        out.write("C,A," + year + "0101," + year + ",52," + year + ",704,VNM,Viet Nam,M,Import,156,CHN,China,0,H6,"
                                + e.getKey() + ",C00,0," + unit(e.getKey()).comtrade() + "," + quantity + ",," + sum + ",," + sum
                                + ",true,true\n");
                    }
                }
            }
        }
    }
}
