package org.bilateral.tradestats.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.bilateral.shared.Period;
import java.util.Objects;
import java.util.SortedMap;
import org.bilateral.tradestats.census.StateFigure;
import org.jspecify.annotations.Nullable;

/**
 * Generates Vietnam–US statistics from January 2017 through a given month (the latest whole month when the
 * demonstration is asked for) in the real formats, deterministic for a seed and that month.
 * US totals equal the published annual figures (US Census, via USITC and USTR: imports from Vietnam
 * 66.7 bn in 2019, 114.4 bn in 2023, 136.6 bn in 2024; exports 10.9, 9.8, 13.1 bn), interpolated for
 * 2020–2022, and for 2017–2018 between 2019 and the published 2014 figures (30.6 and 5.7 bn). For 2025 only Vietnam's
 * own January–September figures are published ({@link #PUBLISHED_2025}): Vietnam's statistics of those months equal them,
 * and the US's 2025 year is what Vietnam's figure makes of a whole year as the demonstration's Vietnam records the US's
 * ({@link #usTotals}); later years stay at 2025's level, nothing being published to say where they go.
 * Vietnam's own statistics differ as real mirror statistics do: exports recorded lower than the US records them arriving
 * (valuation, transshipment, timing), imports higher (CIF values, goods of US origin arriving through third countries),
 * shipments a month apart. Beside them, the flows a transshipment screen reads ({@link TriangleDemo}): the US's and
 * Vietnam's imports from China, with rerouting planted in known products. Monthly files run through the given month;
 * annual ones through the last whole year.
 */
public final class DemoData {

    public static final int FIRST_YEAR = 2017;

    /**
     * The years whose random draws come from the first generators, as before the demonstration reached further: later
     * months draw from generators of their own ({@link Draws}), so 2017–2024 (and the planted truth screened on them) are
     * the same whichever month the demonstration reaches.
     */
    static final int BASE_LAST_YEAR = 2024;

    /** The earliest month a demonstration may end in: December of the last year the US published whole. */
    public static final YearMonth EARLIEST_THROUGH = YearMonth.of(BASE_LAST_YEAR, 12);

    /** The last year of the US totals' own: the years after it stay at its level. */
    static final int LAST_CALIBRATED_YEAR = 2025;

    /** US imports from Vietnam and US exports to Vietnam, US dollars: published where known, else interpolated or derived. */
    static final Map<Integer, long[]> US_TOTALS = new LinkedHashMap<>();

    /**
     * A headline figure published for part of a year: Vietnam's statistics of the months {@code first} to {@code last}
     * sum to it exactly.
     *
     * @param export whether the figure is of Vietnam's exports to the US (else its imports from the US)
     */
    record Published(boolean export, YearMonth first, YearMonth last, long valueUsd) {
    }

    /**
     * The 2025 figures of ../shared/data/figures/published-figures.csv: Vietnam's Ministry of Industry and Trade, January to
     * September 2025, exports to the US 112.8 bn, imports from it 13.7 bn. The US published no 2025 figure there.
     */
    static final List<Published> PUBLISHED_2025 = List.of(
            new Published(true, YearMonth.of(2025, 1), YearMonth.of(2025, 9), 112_800_000_000L),
            new Published(false, YearMonth.of(2025, 1), YearMonth.of(2025, 9), 13_700_000_000L));

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
        for (int year = FIRST_YEAR; year <= BASE_LAST_YEAR; year++) {
            int i = 0;
            while (anchors[i + 1][0] < year) {
                i++;
            }
            double t = (double) (year - anchors[i][0]) / (anchors[i + 1][0] - anchors[i][0]);
            US_TOTALS.put(year, new long[] {Math.round(anchors[i][1] + t * (anchors[i + 1][1] - anchors[i][1])),
                    Math.round(anchors[i][2] + t * (anchors[i + 1][2] - anchors[i][2]))});
        }
        US_TOTALS.put(LAST_CALIBRATED_YEAR, new long[] {fromVietnam(PUBLISHED_2025.get(0)), fromVietnam(PUBLISHED_2025.get(1))});
    }

    /**
     * The US's year from Vietnam's figure for part of it: the figure made a whole year (times 12 over its months), divided
     * by the ratio at which the demonstration's Vietnam records what the US records ({@link #mirrorRatio}).
     */
    private static long fromVietnam(Published p) {
        long months = p.first().until(p.last(), ChronoUnit.MONTHS) + 1;
        BigDecimal ratio = BigDecimal.valueOf(mirrorRatio(p.export(), p.first().getYear()));
        return BigDecimal.valueOf(p.valueUsd()).multiply(BigDecimal.valueOf(12))
                .divide(BigDecimal.valueOf(months).multiply(ratio), 0, RoundingMode.HALF_EVEN).longValueExact();
    }

    /**
     * How Vietnam's record of a year's trade compares with the US's: its exports 0.90 of US imports in 2017, half a point
     * less each year; its imports 1.30 of US exports, three points less each year; from 2025 on as in 2025 (0.86 and 1.06).
     */
    static double mirrorRatio(boolean vietnamExports, int year) {
        int y = Math.min(year, LAST_CALIBRATED_YEAR) - FIRST_YEAR;
        return vietnamExports ? 0.90 - 0.005 * y : 1.30 - 0.03 * y;
    }

    /** A year's US imports from Vietnam and exports to it: the years after 2025 at its level. */
    static long[] usTotals(int year) {
        return Objects.requireNonNull(US_TOTALS.get(Math.min(year, LAST_CALIBRATED_YEAR)), "a calibrated year");
    }

    /** The latest whole month on the clock's today: the last one a demonstration asked for today reaches. */
    public static YearMonth latestWholeMonth(Clock clock) {
        return YearMonth.now(clock).minusMonths(1);
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

    /** The months of the years whose draws come from the first generators: 2017–2024. */
    static final int BASE_MONTHS = (BASE_LAST_YEAR - FIRST_YEAR + 1) * 12;

    /**
     * Random draws for one stream of the demonstration: those of 2017–2024 (and of what is drawn once per product) from
     * the generator the stream always had, those of later months or years from one of their own.
     */
    record Draws(Random base, Random later) {

        static Draws of(long seed, int stream) {
            return new Draws(new Random(seed + stream), new Random(seed + 1000 + stream));
        }

        Random month(int index) {
            return index < BASE_MONTHS ? base : later;
        }

        Random year(int index) {
            return index < BASE_MONTHS / 12 ? base : later;
        }
    }

    private final long seed;
    private final double strength;
    private final YearMonth through;

    public DemoData(long seed, YearMonth through) {
        this(seed, TriangleDemo.STRENGTH, through);
    }

    /**
     * @param strength how much of the planted products' trade is rerouted (see {@link TriangleDemo})
     * @param through  the last month the monthly statistics reach
     */
    public DemoData(long seed, double strength, YearMonth through) {
        if (through.isBefore(EARLIEST_THROUGH)) {
            throw new IllegalArgumentException("the demonstration runs through " + EARLIEST_THROUGH + " at least, not to " + through
                    + ": is the clock right?");
        }
        if (through.getYear() > Period.LAST_YEAR) {
            throw new IllegalArgumentException(through + " is beyond the years " + Period.YEARS);
        }
        this.seed = seed;
        this.strength = strength;
        this.through = through;
    }

    /** The last month the monthly statistics reach. */
    public YearMonth through() {
        return through;
    }

    /** The last whole year: the last the annual files hold. */
    public int lastWholeYear() {
        return through.getMonthValue() == 12 ? through.getYear() : through.getYear() - 1;
    }

    /** Months generated: whole years, so each is calibrated whole; those after {@link #through} are not written. */
    private int generatedMonths() {
        return (through.getYear() - FIRST_YEAR + 1) * 12;
    }

    /** Months written to the monthly files: January 2017 through {@link #through}. */
    private int writtenMonths() {
        return index(through) + 1;
    }

    static int index(YearMonth month) {
        return (int) YearMonth.of(FIRST_YEAR, 1).until(month, ChronoUnit.MONTHS);
    }

    /** The files written, in the order they should be imported. */
    public List<Path> write(Path directory) throws IOException {
        return writeWithStates(directory).files();
    }

    /**
     * What the demonstration writes and the US trade with Vietnam by state beside it (SYNTHETIC, {@link StateSplit}):
     * the national HS6 figures of every month written split among states, adding up to them exactly.
     */
    public record Written(List<Path> files, SortedMap<YearMonth, List<StateFigure>> stateExports,
                          SortedMap<YearMonth, List<StateFigure>> stateImports, long stateSplitMillis) {
    }

    public Written writeWithStates(Path directory) throws IOException {
        Files.createDirectories(directory);
        Generated g = generate();
        List<Path> files = writeFiles(directory, g);
        long begun = System.nanoTime();
        SortedMap<YearMonth, List<StateFigure>> exports = StateSplit.split(g.usExports(), false, writtenMonths());
        SortedMap<YearMonth, List<StateFigure>> imports = StateSplit.split(g.usImports(), true, writtenMonths());
        return new Written(files, exports, imports, (System.nanoTime() - begun) / 1_000_000);
    }

    /** The US national series the files give (HS6 code to each month's dollars), imports or exports: for the tests. */
    Map<String, long[]> usSeries(boolean imports) {
        Generated g = generate();
        return imports ? g.usImports() : g.usExports();
    }

    /** Months written to the monthly files: for the tests. */
    int monthsWritten() {
        return writtenMonths();
    }

    /** Every series the files are written from, drawn in one order so that a seed always gives the same figures. */
    private record Generated(TriangleDemo triangle, Map<String, long[]> usImports, Map<String, long[]> usExports,
                             Map<String, long[]> vnExports, Map<String, long[]> vnImports, TriangleDemo.Flows china,
                             TriangleDemo.Prices prices, Map<String, long[]> usImportQuantities, TriangleDemo.World world) {
    }

    private Generated generate() {
        int months = generatedMonths();
        TriangleDemo triangle = new TriangleDemo(strength, months);
        Map<String, long[]> usImports = series(VIETNAM_EXPORTS, VIETNAM_SEASON, 0, Draws.of(seed, 0), months, triangle::emphasis);
        Map<String, long[]> usExports = series(US_EXPORTS, US_SEASON, 1, Draws.of(seed, 1), months, (code, month) -> 1.0);
        Map<String, long[]> vnExports = mirror(usImports, true, Draws.of(seed, 2));
        Map<String, long[]> vnImports = mirror(usExports, false, Draws.of(seed, 3));
        TriangleDemo.Flows china = triangle.flows(usImports, Draws.of(seed, 4));
        triangle.underRecord(vnExports, usImports);
        for (Published p : PUBLISHED_2025) {
            if (index(p.last()) < months) {
                Calibration.calibrateSpan(p.export() ? vnExports : vnImports, index(p.first()), index(p.last()), p.valueUsd());
            }
        }
        TriangleDemo.Prices prices = TriangleDemo.prices(usImports.keySet(), new Random(seed + 5));
        Map<String, long[]> usImportQuantities = triangle.usFromVietnamQuantities(usImports, prices);
        TriangleDemo.World world = triangle.world(usImports, vnExports, china, Draws.of(seed, 6));
        return new Generated(triangle, usImports, usExports, vnExports, vnImports, china, prices, usImportQuantities, world);
    }

    private List<Path> writeFiles(Path directory, Generated g) throws IOException {
        int lastYear = lastWholeYear();
        String span = YearMonth.of(FIRST_YEAR, 1) + "-" + through;
        List<Path> files = new ArrayList<>();
        files.add(writeCensus(directory.resolve("census-imports-hs6-vietnam-" + span + ".json"), true, g.usImports(),
                g.usImportQuantities(), "5520", "VIETNAM"));
        files.add(writeCensus(directory.resolve("census-exports-hs6-vietnam-" + span + ".json"), false, g.usExports(), null,
                "5520", "VIETNAM"));
        Path annual = directory.resolve("comtrade-vietnam-usa-annual-" + FIRST_YEAR + "-" + lastYear + ".json");
        VietnamComtradeFiles.json(annual, g.vnExports(), g.vnImports(), lastYear);
        files.add(annual);
        Path monthly = directory.resolve("comtrade-vietnam-usa-monthly-2021-01-" + through + ".csv");
        VietnamComtradeFiles.csv(monthly, g.vnExports(), g.vnImports(), 2021, writtenMonths());
        files.add(monthly);
        files.add(writeCensus(directory.resolve("census-imports-hs6-china-" + span + ".json"), true, g.china().usFromChina(),
                null, "5700", "CHINA"));
        Path fromChina = directory.resolve("comtrade-vietnam-imports-china-annual-" + FIRST_YEAR + "-" + lastYear + ".csv");
        g.triangle().writeVietnamFromChina(fromChina, g.china().vietnamFromChina(), g.prices(), lastYear);
        // the US's products bought from Vietnam's other suppliers: China's in China's file, the others and the world apart
        CompetitorsDemo.Imports competitors = CompetitorsDemo.imports(seed, g.vnImports(), g.china().vietnamFromChina());
        CompetitorsDemo.appendChina(fromChina, competitors, g.china().vietnamFromChina(), lastYear);
        files.add(fromChina);
        Path worldTotals = directory.resolve("comtrade-world-totals-china-vietnam-usa-annual-" + FIRST_YEAR + "-" + lastYear + ".csv");
        g.triangle().writeWorld(worldTotals, g.world(), lastYear);
        files.add(worldTotals);
        Path rivals = directory.resolve("comtrade-vietnam-imports-competitors-annual-" + FIRST_YEAR + "-" + lastYear + ".csv");
        CompetitorsDemo.write(rivals, competitors, lastYear);
        files.add(rivals);
        return files;
    }

    static YearMonth month(int index) {
        return YearMonth.of(FIRST_YEAR, 1).plusMonths(index);
    }

    /** Monthly values per product, over whole years, whose yearly sums equal the US totals exactly. */
    static Map<String, long[]> series(Object[][] mix, double[] season, int totalIndex, Draws draws, int months,
                                      java.util.function.ToDoubleBiFunction<String, Integer> emphasis) {
        Map<String, double[]> raw = new LinkedHashMap<>();
        for (Object[] product : mix) {
            double share = (Double) product[1];
            double trend = 1 + (draws.base().nextDouble() - 0.5) * 0.08;
            double[] values = new double[months];
            for (int i = 0; i < values.length; i++) {
                Random random = draws.month(i);
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
        raw.keySet().forEach(code -> result.put(code, new long[months]));
        for (int year = FIRST_YEAR; year < FIRST_YEAR + months / 12; year++) {
            long target = usTotals(year)[totalIndex];
            Calibration.calibrate(raw, result, (year - FIRST_YEAR) * 12, target);
        }
        return result;
    }

    /**
     * Vietnam's record of the same trade: its exports recorded lower than US imports and a month earlier
     * (shipping time); its imports recorded higher than US exports (CIF, third-country routing).
     */
    static Map<String, long[]> mirror(Map<String, long[]> us, boolean vietnamExports, Draws draws) {
        Map<String, long[]> result = new LinkedHashMap<>();
        for (Map.Entry<String, long[]> e : us.entrySet()) {
            long[] in = e.getValue();
            long[] out = new long[in.length];
            for (int m = 0; m < in.length; m++) {
                double ratio = mirrorRatio(vietnamExports, FIRST_YEAR + m / 12);
                int source = vietnamExports ? Math.min(m + 1, in.length - 1) : Math.max(m - 1, 0);
                out[m] = Math.round(in[source] * ratio * Math.exp(draws.month(m).nextGaussian() * 0.08));
            }
            result.put(e.getKey(), out);
        }
        return result;
    }

    /** @param quantities each product's monthly quantity in its Census unit ({@link TriangleDemo#unit}), or null for none */
    /** Writes one Census file of the series and says where. */
    private Path writeCensus(Path file, boolean imports, Map<String, long[]> series, @Nullable Map<String, long[]> quantities,
                             String country, String name) throws IOException {
        try (CensusJsonWriter writer = new CensusJsonWriter(file, imports, quantities != null)) {
            for (int m = 0; m < writtenMonths(); m++) {
                for (Map.Entry<String, long[]> e : series.entrySet()) {
                    if (e.getValue()[m] <= 0) {
                        continue;
                    }
                    if (quantities == null) {
                        writer.row(country, name, e.getKey(), e.getValue()[m], month(m));
                    } else {
                        writer.row(country, name, e.getKey(), e.getValue()[m], month(m), Objects.requireNonNull(quantities.get(e.getKey()))[m],
                                TriangleDemo.unit(e.getKey()).census());
                    }
                }
            }
        }
        return file;
    }

}
