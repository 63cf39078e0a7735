package org.bilateral.worldjob.synthetic;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A synthetic world of trade (WORLD-SPEC §5), every figure a pure function of the seed, so that the same settings give the
 * same files on any machine and a reporter's year can be written without holding any other.
 *
 * <p>Underneath is one "true" trade figure per exporter, importer, product and year; the importer records it with a CIF
 * margin of 5 to 8 %, the exporter with a spread of ±2 %, as mirror statistics differ. Each reporter's file holds M and X
 * with its partners at HS6, and the HS4, HS2 and TOTAL rows as exact sums of the level below (in cents), and partner 0
 * (World) as the exact sum over the partners, code by code. Most products carry a quantity in kilograms (unit 8), at a
 * unit value of the product and route.
 *
 * <p>Planted rerouting: for about 5 % of products, after {@link #EVENT_YEAR}, a growing share of China's trade to the US
 * (20 % a year after the event, up to 60 %) leaves that route and goes, in three equal parts, through Vietnam, Malaysia
 * and Thailand: China → hub and hub → US each rise by the part moved, at the China → US route's unit value.
 */
public final class SyntheticWorld {

    public static final int CHINA = 156;
    public static final int UNITED_STATES = 842;
    public static final List<Integer> HUBS = List.of(704, 458, 764);
    public static final int EVENT_YEAR = 2018;
    public static final int KILOGRAMS = 8;

    /**
     * Real UN M49 codes (842 for the US, as Comtrade writes it), China, the US and the three hubs first so that a small
     * world has the planted route. Countries whose Comtrade code differs from M49 (France, India, Italy, Norway,
     * Switzerland) are left out, so that no code is read two ways.
     */
    static final int[] COUNTRIES = {156, 842, 704, 458, 764, 410, 392, 276, 484, 360, 608, 36, 124, 76, 826, 724, 528, 56,
            752, 208, 246, 40, 616, 203, 348, 642, 100, 300, 620, 372, 554, 702, 344, 50, 586, 144, 116, 104, 418, 32, 152, 170,
            604, 218, 862, 858, 600, 68, 188, 591, 320, 340, 222, 558, 214, 388, 780, 710, 566, 404, 231, 818, 504, 12, 788, 288,
            384, 686, 120, 834, 800, 894, 716, 508, 24, 682, 784, 634, 414, 512, 48, 376, 400, 422, 792, 364, 368, 643, 804, 112,
            398, 860, 417, 762, 795, 31, 268, 51, 496, 524, 64, 462, 96, 626, 598, 242, 440, 428, 233, 703, 705, 191, 688, 70,
            807, 8, 499, 498, 442, 470, 196, 352};

    /** The two-letter codes of {@link #COUNTRIES}, in the same order (ISO 3166; 842 is the US as Comtrade writes it). */
    private static final String[] ISO2 = {
            "CN", "US", "VN", "MY", "TH", "KR", "JP", "DE", "MX", "ID", "PH", "AU", "CA", "BR", "GB", "ES", "NL", "BE",
            "SE", "DK", "FI", "AT", "PL", "CZ", "HU", "RO", "BG", "GR", "PT", "IE", "NZ", "SG", "HK", "BD", "PK", "LK",
            "KH", "MM", "LA", "AR", "CL", "CO", "PE", "EC", "VE", "UY", "PY", "BO", "CR", "PA", "GT", "HN", "SV", "NI",
            "DO", "JM", "TT", "ZA", "NG", "KE", "ET", "EG", "MA", "DZ", "TN", "GH", "CI", "SN", "CM", "TZ", "UG", "ZM",
            "ZW", "MZ", "AO", "SA", "AE", "QA", "KW", "OM", "BH", "IL", "JO", "LB", "TR", "IR", "IQ", "RU", "UA", "BY",
            "KZ", "UZ", "KG", "TJ", "TM", "AZ", "GE", "AM", "MN", "NP", "BT", "MV", "BN", "TL", "PG", "FJ", "LT", "LV",
            "EE", "SK", "SI", "HR", "RS", "BA", "MK", "AL", "ME", "MD", "LU", "MT", "CY", "IS"};

    /** Products of a planned world: about the number of HS6 subheadings a real Comtrade year holds (some 5,600). */
    static final int PLANNED_PRODUCTS = 5000;

    /** HS chapters 01 to 97 (77 is reserved and holds no goods). */
    private static final int[] CHAPTERS = java.util.stream.IntStream.rangeClosed(1, 97).filter(c -> c != 77).toArray();

    /** Share of exporter–importer–product triples that trade at all. */
    private static final double DENSITY = 0.25;
    private static final double PLANTED_SHARE = 0.05;

    private final Settings settings;
    private final List<Integer> reporters;
    private final String[] products;
    private final BitSet planted = new BitSet();
    private final boolean[] kilograms;
    private final int partnersPerReporter;

    /**
     * @param rowsPerFile the rows a reporter's year should hold, about; null for the default (20 partners or more: every
     *                    other reporter, China, the US and the hubs are always partners)
     */
    public record Settings(int reporters, int products, int fromYear, int toYear, long seed, Integer rowsPerFile) {
        public Settings {
            if (reporters < 1 || reporters > COUNTRIES.length) {
                throw new IllegalArgumentException("reporters must be from 1 to " + COUNTRIES.length + ", not " + reporters);
            }
            if (products < 1 || products > 50_000) {
                throw new IllegalArgumentException("products must be from 1 to 50000, not " + products);
            }
            if (fromYear < 1988 || toYear > 2100 || fromYear > toYear) {
                throw new IllegalArgumentException("years must run forwards within 1988 to 2100, not " + fromYear + " to " + toYear);
            }
            if (rowsPerFile != null && rowsPerFile < 1) {
                throw new IllegalArgumentException("rows per file must be positive, not " + rowsPerFile);
            }
        }
    }

    public SyntheticWorld(Settings settings) {
        this.settings = settings;
        List<Integer> r = new ArrayList<>();
        for (int i = 0; i < settings.reporters(); i++) {
            r.add(COUNTRIES[i]);
        }
        this.reporters = Collections.unmodifiableList(r);
        this.products = productCodes(settings.products(), settings.seed());
        this.kilograms = new boolean[products.length];
        for (int p = 0; p < products.length; p++) {
            if (uniform(settings.seed(), 11, p, 0, 0) < PLANTED_SHARE) {
                planted.set(p);
            }
            kilograms[p] = uniform(settings.seed(), 12, p, 0, 0) < 0.9;
        }
        if (planted.isEmpty()) {
            planted.set(0);
        }
        this.partnersPerReporter = partnersPerReporter();
    }

    /** The generator's countries, M49 to two letters: the COUNTRIES.csv a screen of a synthetic world is given. */
    public static java.util.Map<Integer, String> countries() {
        java.util.Map<Integer, String> byM49 = new java.util.TreeMap<>();
        for (int i = 0; i < COUNTRIES.length; i++) {
            byM49.put(COUNTRIES[i], ISO2[i]);
        }
        return byM49;
    }

    /**
     * About how many rows this world holds: per reporter, year and flow, a World row set and one per partner, each of the
     * HS6 codes traded, their headings and chapters, and TOTAL (the same estimate that sets the partners from
     * {@code rowsPerFile}).
     */
    public long expectedRows() {
        int partners = partners(reporters.get(0)).size();
        double perPartner = DENSITY * products.length + expectedParents(4) + expectedParents(2) + 1;
        long years = settings.toYear() - settings.fromYear() + 1L;
        return Math.round(years * reporters.size() * 2.0 * (partners + 1) * perPartner);
    }

    /**
     * The settings of a world of about {@code rows} rows over the years: {@value #PLANNED_PRODUCTS} products and as many
     * reporters as bring it nearest (a bigger world has more countries, as the real one has, each trading with every other
     * reporter); below the smallest such world (China, the US and Vietnam), fewer products.
     */
    public static Settings plan(long rows, int fromYear, int toYear, long seed) {
        if (rows < 1) {
            throw new IllegalArgumentException("rows must be positive, not " + rows);
        }
        Settings best = null;
        long bestGap = Long.MAX_VALUE;
        for (int r = 3; r <= COUNTRIES.length; r++) {
            Settings s = new Settings(r, PLANNED_PRODUCTS, fromYear, toYear, seed, null);
            long gap = Math.abs(new SyntheticWorld(s).expectedRows() - rows);
            if (gap < bestGap) {
                best = s;
                bestGap = gap;
            } else {
                break; // the rows grow with the reporters: past the nearest, only further
            }
        }
        if (best.reporters() > 3 || new SyntheticWorld(best).expectedRows() <= rows) {
            return best;
        }
        int low = 1;
        int high = PLANNED_PRODUCTS;
        while (low < high) { // the most products whose world is no bigger than asked (the rows grow with the products)
            int mid = (low + high + 1) / 2;
            if (new SyntheticWorld(new Settings(3, mid, fromYear, toYear, seed, null)).expectedRows() <= rows) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return new Settings(3, low, fromYear, toYear, seed, null);
    }

    public Settings settings() {
        return settings;
    }

    public List<Integer> reporters() {
        return reporters;
    }

    /** The HS6 codes, in order. */
    public List<String> products() {
        return List.of(products);
    }

    /** The products with planted rerouting. */
    public Set<String> planted() {
        Set<String> codes = new TreeSet<>();
        planted.stream().forEach(p -> codes.add(products[p]));
        return codes;
    }

    public String fileName(int reporter, int year) {
        return String.format("SYNTHETIC-FINAL-CA%03d%dH5.txt.gz", reporter, year);
    }

    /** A reporter's partners, in order: every other reporter, China, the US and the hubs, then others to the number asked. */
    public List<Integer> partners(int reporter) {
        Set<Integer> chosen = new LinkedHashSet<>();
        for (int r : reporters) {
            chosen.add(r);
        }
        chosen.add(CHINA);
        chosen.add(UNITED_STATES);
        chosen.addAll(HUBS);
        List<Integer> others = new ArrayList<>();
        for (int c : COUNTRIES) {
            if (!chosen.contains(c)) {
                others.add(c);
            }
        }
        // the same shuffle for every reporter would make every reporter trade with the same few: shuffle by reporter
        Collections.shuffle(others, new java.util.Random(mix(settings.seed() * 31 + reporter)));
        for (int i = 0; chosen.size() - 1 < partnersPerReporter && i < others.size(); i++) {
            chosen.add(others.get(i));
        }
        chosen.remove(reporter);
        return new ArrayList<>(new TreeSet<>(chosen));
    }

    private int partnersPerReporter() {
        int mandatory = reporters.size() + 5;
        if (settings.rowsPerFile() == null) {
            return Math.min(COUNTRIES.length - 1, Math.max(20, mandatory));
        }
        // rows of one partner and one flow: the HS6 traded, and the headings and chapters with one traded at least, and TOTAL
        double perPartner = DENSITY * products.length + expectedParents(4) + expectedParents(2) + 1;
        int wanted = (int) Math.round(settings.rowsPerFile() / (2 * perPartner)) - 1;
        return Math.max(1, Math.min(COUNTRIES.length - 1, wanted));
    }

    /** How many headings (4) or chapters (2) hold at least one traded subheading, on average over partners. */
    private double expectedParents(int digits) {
        java.util.Map<String, Integer> children = new java.util.HashMap<>();
        for (String code : products) {
            children.merge(code.substring(0, digits), 1, Integer::sum);
        }
        return children.values().stream().mapToDouble(n -> 1 - Math.pow(1 - DENSITY, n)).sum();
    }

    /** Receives the rows of a reporter's year. */
    interface Rows {
        /** @param qtyHundredths the quantity in hundredths of a kilogram; -1 where the row has no quantity */
        void row(String flow, int partner, String cmd, long cents, long qtyHundredths) throws java.io.IOException;
    }

    /**
     * The true trade from exporter to importer of a product in a year, in cents; 0 where they do not trade it. Planted
     * products route part of China → US through the hubs after the event year.
     */
    long tradeCents(int exporter, int importer, int product, int year) {
        boolean plantedRoute = planted.get(product) && (exporter == CHINA && (importer == UNITED_STATES || HUBS.contains(importer))
                || HUBS.contains(exporter) && importer == UNITED_STATES);
        if (!plantedRoute && uniform(settings.seed(), 1, exporter * 1000 + importer, product, 0) >= DENSITY) {
            return 0;
        }
        // a planted product's own trade through the hubs is small (10^4 to 10^6 dollars), so that the rerouting stands out
        double span = plantedRoute && !(exporter == CHINA && importer == UNITED_STATES) ? 2 : 4;
        double base = Math.pow(10, 4 + span * uniform(settings.seed(), 2, exporter * 1000 + importer, product, 0));
        double growth = (1 + 0.04 * (year - 2010)) * (0.9 + 0.2 * uniform(settings.seed(), 3, exporter * 1000 + importer, product, year));
        double trade = base * growth;
        if (planted.get(product)) {
            double chinaToUs = 5 * 1e7 * (1 + 0.04 * (year - 2010)) * (0.9 + 0.2 * uniform(settings.seed(), 4, product, 0, year));
            double moved = chinaToUs * movedShare(year);
            if (exporter == CHINA && importer == UNITED_STATES) {
                trade = chinaToUs - moved;
            } else if (exporter == CHINA && HUBS.contains(importer) || HUBS.contains(exporter) && importer == UNITED_STATES) {
                trade += moved / HUBS.size();
            }
        }
        return Math.max(100, Math.round(trade * 100));
    }

    /** The share of China → US trade in a planted product that goes through the hubs: 20 % a year after the event, at most 60 %. */
    static double movedShare(int year) {
        return year <= EVENT_YEAR ? 0 : Math.min(0.6, 0.2 * (year - EVENT_YEAR));
    }

    /** The importer's record of a trade: the trade with a CIF margin of 5 to 8 %. */
    private long importerCents(long trade, int exporter, int importer, int product, int year) {
        return Math.max(1, Math.round(trade * (1.05 + 0.03 * uniform(settings.seed(), 5, exporter * 1000 + importer, product, year))));
    }

    /** The exporter's record of a trade: within ±2 %. */
    private long exporterCents(long trade, int exporter, int importer, int product, int year) {
        return Math.max(1, Math.round(trade * (0.98 + 0.04 * uniform(settings.seed(), 6, exporter * 1000 + importer, product, year))));
    }

    /** Dollars per kilogram of a product on a route: the product's own (1 to 100 $/kg) within ±10 %; planted routes at China → US's. */
    private double unitValue(int exporter, int importer, int product) {
        double own = Math.pow(10, 2 * uniform(settings.seed(), 7, product, 0, 0));
        boolean plantedRoute = planted.get(product) && (exporter == CHINA || HUBS.contains(exporter)) && (importer == UNITED_STATES || HUBS.contains(importer));
        return plantedRoute ? own : own * (0.9 + 0.2 * uniform(settings.seed(), 8, exporter * 1000 + importer, product, 0));
    }

    /**
     * Every row of a reporter's year: for M then X, partner World first then each partner, TOTAL, then each chapter,
     * heading and subheading in code order. Sums are exact: made in cents (and hundredths of a kilogram) from the HS6 rows.
     */
    void rows(int reporter, int year, Rows out) throws java.io.IOException {
        List<Integer> partners = partners(reporter);
        for (String flow : List.of("M", "X")) {
            long[][] cents = new long[partners.size()][products.length];
            long[][] qty = new long[partners.size()][products.length];
            for (int j = 0; j < partners.size(); j++) {
                int partner = partners.get(j);
                int exporter = flow.equals("M") ? partner : reporter;
                int importer = flow.equals("M") ? reporter : partner;
                for (int p = 0; p < products.length; p++) {
                    long trade = tradeCents(exporter, importer, p, year);
                    if (trade == 0) {
                        continue;
                    }
                    long recorded = flow.equals("M") ? importerCents(trade, exporter, importer, p, year)
                            : exporterCents(trade, exporter, importer, p, year);
                    cents[j][p] = recorded;
                    qty[j][p] = kilograms[p] ? Math.max(1, Math.round(trade / unitValue(exporter, importer, p))) : -1;
                }
            }
            long[] worldCents = new long[products.length];
            long[] worldQty = new long[products.length];
            for (int p = 0; p < products.length; p++) {
                worldQty[p] = kilograms[p] ? 0 : -1;
                for (int j = 0; j < partners.size(); j++) {
                    worldCents[p] += cents[j][p];
                    if (kilograms[p] && cents[j][p] > 0) {
                        worldQty[p] += qty[j][p];
                    }
                }
            }
            emit(flow, 0, worldCents, worldQty, out);
            for (int j = 0; j < partners.size(); j++) {
                emit(flow, partners.get(j), cents[j], qty[j], out);
            }
        }
    }

    /** One partner's rows: TOTAL, then chapter, heading and subheading rows where any subheading trades. */
    private void emit(String flow, int partner, long[] cents, long[] qty, Rows out) throws java.io.IOException {
        long total = 0;
        for (long c : cents) {
            total += c;
        }
        if (total == 0) {
            return;
        }
        out.row(flow, partner, "TOTAL", total, -1);
        int p = 0;
        while (p < products.length) {
            String chapter = products[p].substring(0, 2);
            int chapterEnd = p;
            long chapterCents = 0;
            while (chapterEnd < products.length && products[chapterEnd].startsWith(chapter)) {
                chapterCents += cents[chapterEnd++];
            }
            if (chapterCents > 0) {
                out.row(flow, partner, chapter, chapterCents, -1);
                int h = p;
                while (h < chapterEnd) {
                    String heading = products[h].substring(0, 4);
                    int headingEnd = h;
                    long headingCents = 0;
                    while (headingEnd < chapterEnd && products[headingEnd].startsWith(heading)) {
                        headingCents += cents[headingEnd++];
                    }
                    if (headingCents > 0) {
                        out.row(flow, partner, heading, headingCents, -1);
                        for (int s = h; s < headingEnd; s++) {
                            if (cents[s] > 0) {
                                out.row(flow, partner, products[s], cents[s], qty[s]);
                            }
                        }
                    }
                    h = headingEnd;
                }
            }
            p = chapterEnd;
        }
    }

    /** Distinct HS6 codes spread over the chapters, sorted. */
    private static String[] productCodes(int count, long seed) {
        Set<String> codes = new TreeSet<>();
        for (int i = 0; codes.size() < count; i++) {
            int chapter = CHAPTERS[i % CHAPTERS.length];
            int heading = 1 + (int) (uniform(seed, 9, i, 0, 0) * 12);
            int sub = 10 + (int) (uniform(seed, 10, i, 0, 0) * 90);
            String code = String.format("%02d%02d%02d", chapter, heading, sub);
            while (codes.contains(code)) { // a collision moves to the next free subheading of the chapter
                sub = sub == 99 ? 10 : sub + 1;
                if (sub == 10) {
                    heading = heading == 99 ? 1 : heading + 1;
                }
                code = String.format("%02d%02d%02d", chapter, heading, sub);
            }
            codes.add(code);
        }
        return codes.toArray(String[]::new);
    }

    /** A number in [0, 1) fixed by the seed and the keys (SplitMix64's finaliser over them). */
    static double uniform(long seed, int salt, long a, long b, long c) {
        long h = mix(seed ^ (salt * 0x9E3779B97F4A7C15L));
        h = mix(h ^ a);
        h = mix(h ^ (b * 0xC2B2AE3D27D4EB4FL));
        h = mix(h ^ (c * 0x165667B19E3779F9L));
        return (h >>> 11) * 0x1.0p-53;
    }

    private static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
