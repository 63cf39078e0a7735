package org.bilateral.tradestats.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The flows a transshipment screen reads, beside the Vietnam–US demonstration data: the US's and Vietnam's imports from
 * China, shaped like (not calibrated to) the real ones, with rerouting planted in {@link #PLANTED} from 2019, after the
 * tariffs of 2018-07-06: their share of US imports from Vietnam grows by {@code strength} (1.0 doubles it), the same
 * dollars leave US imports from China and arrive in Vietnam's imports from China, and Vietnam records half of them as
 * exports. The {@link #GROWING} products merely grow, 30% a year, with nothing of China's in them. The screen is
 * measured against this truth (precision at the number planted, and no growing product in its top ten).
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

    TriangleDemo(double strength) {
        this.strength = strength;
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

    /**
     * The trade a planted product's raised share carries each month beyond what its share before the event would carry:
     * the rerouted dollars.
     */
    Map<String, double[]> rerouted(Map<String, long[]> usFromVietnam) {
        int months = DemoData.months();
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
            long[] v = usFromVietnam.get(code);
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

    Flows flows(Map<String, long[]> usFromVietnam, Random random) {
        Map<String, double[]> rerouted = rerouted(usFromVietnam);
        int months = DemoData.months();
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
            // what Vietnam buys from China of the product, as inputs: little for its own fast growers
            double inputs = GROWING.contains(code) ? 0.05 : 0.2 + random.nextDouble() * 0.4;
            long[] us = new long[months];
            long[] vnc = new long[months];
            double[] extra = rerouted.getOrDefault(code, new double[months]);
            for (int m = 0; m < months; m++) {
                double noise = Math.exp(random.nextGaussian() * 0.08);
                us[m] = Math.max(0, Math.round((base * chinaSize * Math.pow(chinaTrend, m / 12.0) - extra[m]) * noise));
                vnc[m] = Math.max(0, Math.round((vn[m] - extra[m]) * inputs * Math.exp(random.nextGaussian() * 0.08) + 0.95 * extra[m]));
            }
            usFromChina.put(code, us);
            vietnamFromChina.put(code, vnc);
        }
        return new Flows(usFromChina, vietnamFromChina);
    }

    /** Vietnam records half the rerouted dollars as its exports: the mirror gap a planted product shows. */
    void underRecord(Map<String, long[]> vietnamExports, Map<String, long[]> usFromVietnam) {
        rerouted(usFromVietnam).forEach((code, extra) -> {
            long[] recorded = vietnamExports.get(code);
            for (int m = 0; m < recorded.length; m++) {
                recorded[m] = Math.max(0, Math.round(recorded[m] - 0.5 * extra[m]));
            }
        });
    }

    /** Vietnam's imports from China as a Comtrade CSV of annual figures, reporter 704, partner 156. */
    void writeVietnamFromChina(Path file, Map<String, long[]> series) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(DemoData.COMTRADE_CSV_HEADER);
            for (int year = DemoData.FIRST_YEAR; year <= DemoData.LAST_YEAR; year++) {
                for (Map.Entry<String, long[]> e : series.entrySet()) {
                    long sum = 0;
                    for (int m = (year - DemoData.FIRST_YEAR) * 12; m < (year - DemoData.FIRST_YEAR + 1) * 12; m++) {
                        sum += e.getValue()[m];
                    }
                    if (sum > 0) {
                        out.write("C,A," + year + "0101," + year + ",52," + year + ",704,VNM,Viet Nam,M,Import,156,CHN,China,0,H6,"
                                + e.getKey() + ",C00,0,N/A,,," + sum + ",," + sum + ",true,true\n");
                    }
                }
            }
        }
    }
}
