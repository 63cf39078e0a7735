package org.bilateral.risk.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
import org.bilateral.tradestats.StatisticsImports;
import org.bilateral.workbench.CliCommand;
import org.bilateral.workbench.ProcessMemory;
import org.bilateral.workbench.WorkbenchProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Times the transshipment screen of every subheading on the benchmark's database, after {@code bench} has filled it with
 * millions of US Census rows (ten partners, China and Vietnam among them): it adds Vietnam's monthly imports from China
 * in every subheading for eight years, as a Comtrade file, then screens China → Vietnam → US.
 */
@Component
@Command(name = "bench-risk", description = {"Benchmark: screen every subheading of China → Vietnam → US over the statistics",
        "that `bilateral bench --rows 5000000` left in the benchmark database, with Vietnam's imports from China added."})
class RiskBenchCommand implements Callable<Integer>, CliCommand {

    @Option(names = "--repeat", defaultValue = "10", description = "timed runs")
    int repeat;

    private final TransshipmentScreen screens;
    private final StatisticsImports imports;
    private final Nomenclature nomenclature;
    private final JdbcClient jdbc;
    private final WorkbenchProperties workbench;

    RiskBenchCommand(TransshipmentScreen screens, StatisticsImports imports, Nomenclature nomenclature, JdbcClient jdbc,
                     WorkbenchProperties workbench) {
        this.screens = screens;
        this.imports = imports;
        this.nomenclature = nomenclature;
        this.jdbc = jdbc;
        this.workbench = workbench;
    }

    @Override
    public Integer call() throws IOException {
        long figures = jdbc.sql("select count(*) from trade_figure").query(Long.class).single();
        if (figures == 0) {
            throw new IllegalStateException("the benchmark database holds no statistics: run ./bilateral bench --rows 5000000 first");
        }
        boolean present = jdbc.sql("select exists (select 1 from trade_slice where reporter = 'VN' and partner = 'CN')")
                .query(Boolean.class).single();
        if (!present) {
            Path file = workbench.home().resolve("files").resolve("comtrade-vietnam-imports-china-monthly-2017-2024.csv");
            Files.createDirectories(file.getParent());
            long rows = write(file, nomenclature.subheadings());
            long start = System.nanoTime();
            imports.importFile(ImportFile.of(file, "bench"));
            System.out.printf("Vietnam's imports from China added: %,d Comtrade rows in %.1f s%n", rows, (System.nanoTime() - start) / 1e9);
            Files.deleteIfExists(file);
        }
        System.out.printf("Benchmark database: %,d trade figures, %,d subheadings in the nomenclature%n", figures,
                nomenclature.subheadings().size());
        ScreenRequest request = new ScreenRequest(Triangle.DEFAULT, 2017, 2024, HsLevel.SUBHEADING, 50, null);
        long start = System.nanoTime();
        Screen first = screens.screen(request);
        double firstMs = (System.nanoTime() - start) / 1e6;
        double[] ms = new double[repeat];
        for (int i = 0; i < repeat; i++) {
            start = System.nanoTime();
            screens.screen(request);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "screen CN → VN → US, 2017–2024, %,d subheadings, %d flows read: first %.0f ms, median %.0f ms, "
                        + "max %.0f ms%n", first.screened(), first.flows().size(), firstMs, ms[ms.length / 2], ms[ms.length - 1]);
        first.missing().forEach(m -> System.out.println("  (" + m + ")"));
        System.out.printf("peak JVM heap %d MB%n", ProcessMemory.peakHeapMb());
        return 0;
    }

    /** Every subheading every month, a value drawn for each: a Comtrade CSV as a user downloads it, reporter 704, partner 156. */
    private static long write(Path file, List<String> subheadings) throws IOException {
        Random random = new Random(7);
        long rows = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,reporterDesc,"
                    + "flowCode,flowDesc,partnerCode,partnerISO,partnerDesc,partner2Code,classificationCode,cmdCode,"
                    + "customsCode,motCode,qtyUnitAbbr,qty,netWgt,cifvalue,fobvalue,primaryValue,isReported,synthetic\n");
            for (int year = 2017; year <= 2024; year++) {
                for (int month = 1; month <= 12; month++) {
                    String period = String.format("%d%02d", year, month);
                    for (String code : subheadings) {
                        long value = 1_000 + (long) Math.exp(random.nextGaussian() * 2 + 11);
                        out.write("C,M," + period + "01," + year + "," + month + "," + period + ",704,VNM,Viet Nam,M,Import,156,CHN,China,0,H6,"
                                + code + ",C00,0,N/A,,," + value + ",," + value + ",true,true\n");
                        rows++;
                    }
                }
            }
        }
        return rows;
    }
}
