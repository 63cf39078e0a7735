package org.bilateral.risk.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.bilateral.reference.Nomenclature;
import org.bilateral.risk.Screen;
import org.bilateral.risk.ScreenRequest;
import org.bilateral.risk.Triangle;
import org.bilateral.risk.TransshipmentScreen;
import org.bilateral.shared.HsLevel;
import org.bilateral.tradestats.ImportFile;
import org.bilateral.tradestats.ProductFlows;
import org.bilateral.tradestats.RawFigures;
import org.bilateral.tradestats.StatisticsImports;
import org.bilateral.workbench.Benchmarks;
import org.bilateral.workbench.CliCommand;
import org.bilateral.workbench.ProcessMemory;
import org.bilateral.workbench.WorkbenchProperties;
import org.bilateral.shared.CountryCode;
import org.bilateral.tradestats.StatisticsHeld;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Times the transshipment screen of every subheading on the benchmark's database, after {@code bench} has filled it with
 * millions of US Census rows: it first adds the triangle China → Vietnam → US in every subheading of the nomenclature,
 * month by month for 2017–2024, in the real formats (US imports from China and from Vietnam as Census files of HS10 lines
 * with quantities, one line a subheading, replacing the benchmark's own HS10 lines of the two countries, Vietnam's imports from China with quantities and its exports to the US as Comtrade files), and the three
 * countries' world totals by year; then screens it.
 */
@Component
@Command(name = "bench-risk", description = {"Benchmark: screen every subheading of China → Vietnam → US over eight years of monthly statistics.",
        "They are added, with world totals and quantities, to the database that `bilateral bench --rows 5000000` left."})
class RiskBenchCommand implements Callable<Integer>, CliCommand {

    private static final int FIRST_YEAR = 2017;
    private static final int LAST_YEAR = 2024;

    @Option(names = "--repeat", defaultValue = "10", description = "timed runs")
    int repeat;

    private final TransshipmentScreen screens;
    private final StatisticsImports imports;
    private final Nomenclature nomenclature;
    private final StatisticsHeld held;
    private final WorkbenchProperties workbench;
    private final RawFigures raw;
    private final ProductFlows productFlows;

    RiskBenchCommand(TransshipmentScreen screens, StatisticsImports imports, Nomenclature nomenclature, StatisticsHeld held,
                     WorkbenchProperties workbench, RawFigures raw, ProductFlows productFlows) {
        this.raw = raw;
        this.productFlows = productFlows;
        this.screens = screens;
        this.imports = imports;
        this.nomenclature = nomenclature;
        this.held = held;
        this.workbench = workbench;
    }

    @Override
    public Integer call() throws IOException {
        Benchmarks.requireFigures(held.figures());
        List<String> subheadings = nomenclature.subheadings();
        boolean present = held.holds(CountryCode.of("VN"), CountryCode.WORLD);
        if (!present) {
            Path dir = workbench.home().resolve("files").resolve("bench-risk");
            Files.createDirectories(dir);
            long rows = 0;
            long start = System.nanoTime();
            List<Path> files = List.of(dir.resolve("census-imports-china.json"), dir.resolve("census-imports-vietnam.json"),
                    dir.resolve("comtrade-vietnam-china-usa-monthly.csv"), dir.resolve("comtrade-world-annual.csv"));
            Random random = new Random(7);
            rows += census(files.get(0), "5700", "CHINA", subheadings, random);
            rows += census(files.get(1), "5520", "VIETNAM", subheadings, random);
            rows += vietnam(files.get(2), subheadings, random);
            rows += world(files.get(3), subheadings, random);
            System.out.printf("triangle written: %,d rows in %.1f s%n", rows, (System.nanoTime() - start) / 1e9);
            start = System.nanoTime();
            for (Path file : files) {
                imports.importFile(ImportFile.of(file, "bench"));
                Files.deleteIfExists(file);
            }
            System.out.printf("triangle imported: %,d rows in %.1f s%n", rows, (System.nanoTime() - start) / 1e9);
        }
        System.out.printf("Benchmark database: %,d trade figures, %,d subheadings in the nomenclature%n",
                held.figures(), subheadings.size());
        ScreenRequest request = new ScreenRequest(Triangle.DEFAULT, FIRST_YEAR, LAST_YEAR, HsLevel.SUBHEADING, 50, null);
        Benchmarks.Timing<Screen> t = Benchmarks.time(repeat, () -> screens.screen(request));
        Screen first = t.result();
        System.out.printf(Locale.ROOT, "screen CN → VN → US, %d–%d, %,d subheadings, %d flows read: first %.0f ms, median %.0f ms, "
                        + "p95 %.0f ms, max %.0f ms%n", FIRST_YEAR, LAST_YEAR, first.screened(), first.flows().size(), t.firstMs(), t.medianMs(),
                t.p95Ms(), t.maxMs());
        ScreenBaseline.print(first, t, repeat, FIRST_YEAR, LAST_YEAR, raw, productFlows);
        first.missing().forEach(m -> System.out.println("  (" + m + ")"));
        System.out.printf("peak JVM heap %d MB%n", ProcessMemory.peakHeapMb());
        return 0;
    }

    private static long value(Random random) {
        return 1_000 + (long) Math.exp(random.nextGaussian() * 2 + 11);
    }

    /** US imports from one country in every subheading every month, as one HS10 line each, with a quantity in kilograms. */
    private static long census(Path file, String country, String name, List<String> subheadings, Random random) throws IOException {
        long rows = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("[[\"CTY_CODE\",\"CTY_NAME\",\"I_COMMODITY\",\"GEN_VAL_MO\",\"time\",\"GEN_QY1_MO\",\"UNIT_QY1\",\"SYNTHETIC\"]");
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                for (int month = 1; month <= 12; month++) {
                    for (String code : subheadings) {
                        long v = value(random);
                        out.write(",\n[\"" + country + "\",\"" + name + "\",\"" + code + "0000\",\"" + v + "\",\""
                                + String.format("%d-%02d", year, month) + "\",\"" + (v / 7 + 1) + "\",\"KG\",\"true\"]");
                        rows++;
                    }
                }
            }
            out.write("]\n");
        }
        return rows;
    }

    private static final String COMTRADE_HEADER = "typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,"
            + "reporterDesc,flowCode,flowDesc,partnerCode,partnerISO,partnerDesc,partner2Code,classificationCode,cmdCode,"
            + "customsCode,motCode,qtyUnitAbbr,qty,netWgt,cifvalue,fobvalue,primaryValue,isReported,synthetic\n";

    /** Vietnam's imports from China (with kilograms) and its exports to the US, every subheading every month. */
    private static long vietnam(Path file, List<String> subheadings, Random random) throws IOException {
        long rows = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(COMTRADE_HEADER);
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                for (int month = 1; month <= 12; month++) {
                    String period = String.format("%d%02d", year, month);
                    String head = "C,M," + period + "01," + year + "," + month + "," + period + ",704,VNM,Viet Nam,";
                    for (String code : subheadings) {
                        long m = value(random);
                        long x = value(random);
                        out.write(head + "M,Import,156,CHN,China,0,H6," + code + ",C00,0,kg," + (m / 6 + 1) + ",," + m + ",," + m
                                + ",true,true\n");
                        out.write(head + "X,Export,842,USA,USA,0,H6," + code + ",C00,0,N/A,,,," + x + "," + x + ",true,true\n");
                        rows += 2;
                    }
                }
            }
        }
        return rows;
    }

    /** China's and Vietnam's exports to the world and US imports from it, every subheading every year. */
    private static long world(Path file, List<String> subheadings, Random random) throws IOException {
        long rows = 0;
        String[][] reporters = {{"156,CHN,China", "X,Export"}, {"704,VNM,Viet Nam", "X,Export"}, {"842,USA,USA", "M,Import"}};
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(COMTRADE_HEADER);
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                for (String[] reporter : reporters) {
                    boolean imports = reporter[1].startsWith("M");
                    for (String code : subheadings) {
                        long v = 40 * value(random);
                        out.write("C,A," + year + "0101," + year + ",52," + year + "," + reporter[0] + "," + reporter[1]
                                + ",0,W00,World,0,H6," + code + ",C00,0,N/A,,," + (imports ? v : "") + "," + (imports ? "" : v) + "," + v
                                + ",true,true\n");
                        rows++;
                    }
                }
            }
        }
        return rows;
    }
}
