package org.bilateral;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bilateral.commitments.PurchaseCommitments;
import org.bilateral.commitments.importing.DealsImport;
import org.bilateral.commitments.reporting.EnterpriseReporting;
import org.bilateral.commitments.reporting.ReportingTemplate;
import org.bilateral.commitments.targets.PurchaseTargets;
import org.bilateral.extraction.PressRelease;
import org.bilateral.extraction.PressReleases;
import org.bilateral.policy.Asks;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Period;
import org.bilateral.tradestats.ImportFile;
import org.bilateral.tradestats.StatisticsImports;
import org.junit.jupiter.api.Assertions;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every reader of user input, driven with thousands of damaged files through its use case on the real database: each
 * file is stored, or refused by its name with short messages, and a refused file leaves the database as it was. Any
 * other outcome (an internal error, a hang, a message a megabyte long) fails the property, and jqwik shrinks the file to
 * the smallest that shows it.
 */
class EveryReaderFuzzTest {

    static final String CENSUS = """
            [["CTY_CODE","CTY_NAME","I_COMMODITY","GEN_VAL_MO","CON_VAL_MO","GEN_QY1_MO","UNIT_QY1","time"],
            ["5520","VIETNAM","847130","1000","990","12","NO","2024-01"],
            ["5520","VIETNAM","940360","250.5","250","3","NO","2024-02"],
            ["5700","CHINA","-","77","77",null,null,"2024-02"]]""";
    static final String COMTRADE_CSV = """
            freqCode,period,reporterCode,partnerCode,flowCode,partner2Code,classificationCode,cmdCode,customsCode,motCode,cifvalue,fobvalue,primaryValue,qty,qtyUnitAbbr
            A,2024,704,842,X,0,H6,847130,C00,0,,1100.45,1100.45,12,kg
            M,202403,704,842,M,0,H6,TOTAL,C00,0,900,,900,,
            """;
    static final String COMTRADE_JSON = """
            {"elements":null,"count":2,"data":[
            {"freqCode":"M","period":"202405","reporterCode":704,"partnerCode":842,"flowCode":"M","partner2Code":0,
             "classificationCode":"H6","cmdCode":"120190","customsCode":"C00","motCode":0,"cifvalue":265.5,"fobvalue":null,
             "primaryValue":265.5,"qty":1000,"qtyUnitAbbr":"kg"},
            {"freqCode":"A","period":"2023","reporterCode":704,"partnerCode":842,"flowCode":"X","partner2Code":0,
             "classificationCode":"H6","cmdCode":"TOTAL","customsCode":"C00","motCode":0,"cifvalue":null,"fobvalue":1500,
             "primaryValue":1500,"qty":null,"qtyUnitAbbr":null}],"error":""}""";
    static final String PUBLISHED = """
            period,reporter,partner,flow,value_usd,statistics_of,source_url,note
            2024-01,US,VN,export,350,US Census Bureau,https://example.org/a,
            2023-01/2023-02,US,VN,import,2000,US Census Bureau,https://example.org/b,two months
            """;
    static final String DEALS = """
            id,date,status,buyer,buyer_country,seller,seller_country,item,hs_code,quantity,unit,value_usd_low,value_usd_high,period,source_url,note
            A1,2025-10-26,agreed,Vietnam Airlines,VN,Boeing,US,737 MAX aircraft,880240,50,aircraft,8000000000,,,https://example.org/a1,
            B1,2025-06-02,MOU,Khai Anh Binh Thuan,VN,AGP,US,soybean meal,230400,1000000,t,380000000,390000000,3 years,https://example.org/b1,
            """;
    static final String TARGETS = """
            targets:
              - code: farm-aircraft
                name: Soybeans and aircraft
                buyer: VN
                seller: US
                baseline: 2024
                basis: absolute
                counts: both
                products:
                  - group: Soybeans
                    hs: [1201]
                amounts:
                  2025: 3800
                  2026: 4000.50
            """;
    static final String ASKS = """
            date,side,ask,topic,where_said,who,source_url,quote,note
            2025-04-09,VN,Recognise Vietnam as a market economy,market_economy_status,"Meeting with USTR, Washington",Deputy PM,https://example.org/a,"recognise ""market economy"" status",secondary
            2025-07-02,US,Stop transshipment through Vietnam,trade_fraud,Truth Social post,President Trump,,,
            """;
    static final String RELEASE = """
            Minister Nguyen Hong Dien met US Trade Representative Jamieson Greer in Washington on 10 March 2026.
            The two sides discussed the Agreement on Reciprocal Trade. Vietnam Airlines signed a purchase agreement
            with Boeing for 50 737 MAX aircraft worth USD 8 billion. Vietnam asked the US to recognise its market
            economy status and remove it from export-control groups D:1 and D:3.
            """;
    /** Deal (filled in once the seed deals are imported), stage, delivered quantity and value, milestones, obstacles. */
    static final String[] PROGRESS_CELLS = {null, "in delivery", "5", "1200000000.5", "5 more in Q2", "engine supply"};

    static ConfigurableApplicationContext context;
    static Path files;
    static final AtomicInteger counter = new AtomicInteger();

    @BeforeContainer
    static void startTheWorkbench() throws IOException {
        files = Files.createTempDirectory("bilateral-fuzz");
        // Ahead of application.properties, as @WorkbenchTest's properties are: a throw-away database, the test fixture.
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("fuzz", Map.of("bilateral.db.ephemeral", "true",
                "bilateral.home", "target/fuzz-home", "bilateral.reference", "src/test/resources/reference",
                "BILATERAL_ADMIN_PASSWORD", WorkbenchTest.ADMIN_PASSWORD, "logging.level.root", "WARN")));
        context = new SpringApplicationBuilder(BilateralApplication.class).environment(environment)
                .web(WebApplicationType.NONE).run();
        // A deal for the workbooks to report on, whichever property runs first.
        bean(DealsImport.class).importFile(write(DEALS.getBytes(java.nio.charset.StandardCharsets.UTF_8), ".csv"), "seed-deals.csv");
        PROGRESS_CELLS[0] = bean(PurchaseCommitments.class).deals().get(0).id().toString();
    }

    @AfterContainer
    static void stopTheWorkbench() {
        if (context != null) {
            context.close();
        }
    }

    private static <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    private static Path write(byte[] content, String suffix) {
        try {
            return Files.write(files.resolve("fuzz-" + counter.incrementAndGet() + suffix), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What every door promises: stored, or refused by name with short problems, and a refusal leaves no row behind. */
    private static void storedOrRefusedByName(String fileName, String[] tables, Runnable read) {
        JdbcClient jdbc = bean(JdbcClient.class);
        String before = counts(jdbc, tables);
        try {
            // A guard against hangs, not a speed test: the slowest try of a run takes a fraction of this.
            Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), read::run);
            Statistics.collect("stored");
        } catch (InvalidInput refused) {
            Statistics.collect("refused");
            assertThat(refused.problems()).isNotEmpty().hasSizeLessThanOrEqualTo(InvalidInput.LISTED + 1);
            assertThat(refused.problems()).extracting(InputProblem::source).allMatch(s -> s.equals(fileName) || s.endsWith("files"));
            assertThat(refused.problems()).extracting(InputProblem::message).allMatch(m -> m.length() < 400, "short messages");
            assertThat(refused.getMessage()).doesNotContain("Exception", "SQL", "COPY", "org.");
            assertThat(counts(jdbc, tables)).as("a refused file changes nothing").isEqualTo(before);
        }
        // Both ends must be reached, or the edits are too weak (all refused at the first byte) or too tame (none refused).
        Statistics.coverage(coverage -> {
            coverage.check("stored").count(n -> n > 0);
            coverage.check("refused").count(n -> n > 0);
        });
    }

    private static String counts(JdbcClient jdbc, String[] tables) {
        StringBuilder s = new StringBuilder();
        for (String t : tables) {
            s.append(t).append('=').append(jdbc.sql("select count(*) from " + t).query(Long.class).single()).append(' ');
        }
        return s.toString();
    }

    private static final String[] STATISTICS = {"trade_import", "trade_figure", "trade_total", "published_figure"};

    @Provide
    Arbitrary<byte[]> census() {
        return Mutated.bytes(CENSUS);
    }

    @Property(seed = "20261201")
    void censusFiles(@ForAll("census") byte[] file) {
        Path path = write(file, ".json");
        storedOrRefusedByName("census.json", STATISTICS,
                () -> bean(StatisticsImports.class).importFile(new ImportFile(path, "census.json", "fuzz")));
    }

    @Provide
    Arbitrary<byte[]> comtradeCsv() {
        return Mutated.bytes(COMTRADE_CSV);
    }

    @Property(seed = "20261201")
    void comtradeCsvFiles(@ForAll("comtradeCsv") byte[] file) {
        Path path = write(file, ".csv");
        storedOrRefusedByName("comtrade.csv", STATISTICS,
                () -> bean(StatisticsImports.class).importFile(new ImportFile(path, "comtrade.csv", "fuzz")));
    }

    @Provide
    Arbitrary<byte[]> comtradeJson() {
        return Mutated.bytes(COMTRADE_JSON);
    }

    @Property(seed = "20261201")
    void comtradeJsonFiles(@ForAll("comtradeJson") byte[] file) {
        Path path = write(file, ".json");
        storedOrRefusedByName("comtrade.json", STATISTICS,
                () -> bean(StatisticsImports.class).importFile(new ImportFile(path, "comtrade.json", "fuzz")));
    }

    @Provide
    Arbitrary<byte[]> published() {
        return Mutated.bytes(PUBLISHED);
    }

    @Property(seed = "20261201")
    void publishedFigures(@ForAll("published") byte[] file) {
        Path path = write(file, ".csv");
        storedOrRefusedByName("published.csv", STATISTICS,
                () -> bean(StatisticsImports.class).importFile(new ImportFile(path, "published.csv", "fuzz")));
    }

    @Provide
    Arbitrary<byte[]> deals() {
        return Mutated.bytes(DEALS);
    }

    @Property(seed = "20261201")
    void dealsFiles(@ForAll("deals") byte[] file) {
        Path path = write(file, ".csv");
        storedOrRefusedByName("deals.csv", new String[] {"deal", "deal_report", "deal_stage", "deal_delivery", "organisation"},
                () -> bean(DealsImport.class).importFile(path, "deals.csv"));
    }

    @Provide
    Arbitrary<byte[]> targets() {
        return Mutated.bytes(TARGETS);
    }

    @Property(seed = "20261201")
    void targetsFiles(@ForAll("targets") byte[] file) {
        Path path = write(file, ".yaml");
        storedOrRefusedByName("targets.yaml", new String[] {"purchase_target", "purchase_target_amount", "purchase_target_product"},
                () -> bean(PurchaseTargets.class).loadFile(path, "targets.yaml", "fuzz"));
    }

    @Provide
    Arbitrary<byte[]> asks() {
        return Mutated.bytes(ASKS);
    }

    @Property(seed = "20261201")
    void asksFiles(@ForAll("asks") byte[] file) {
        Path path = write(file, ".csv");
        storedOrRefusedByName("asks.csv", new String[] {"ask", "ask_position"},
                () -> bean(Asks.class).importFile(path, "asks.csv"));
    }

    @Provide
    Arbitrary<String[]> progressCells() {
        Arbitrary<String> cell = Arbitraries.oneOf(Arbitraries.of(Mutated.HOSTILE), Arbitraries.strings().ofMaxLength(20));
        return Arbitraries.integers().between(0, PROGRESS_CELLS.length - 1).list().ofMinSize(1).ofMaxSize(3)
                .flatMap(columns -> cell.list().ofSize(columns.size()).map(values -> {
                    String[] cells = PROGRESS_CELLS.clone();
                    for (int i = 0; i < columns.size(); i++) {
                        cells[columns.get(i)] = values.get(i);
                    }
                    return cells;
                }));
    }

    @Property(seed = "20261201")
    void reportingWorkbooks(@ForAll("progressCells") String[] cells) {
        Path path = write(workbook(cells), ".xlsx");
        EnterpriseReporting reporting = bean(EnterpriseReporting.class);
        storedOrRefusedByName("progress.xlsx", new String[] {"progress_report", "demand_forecast"},
                () -> bean(ReportingTemplate.class).read(reporting.scope("admin", true), path, "progress.xlsx", "xlsx"));
    }

    /** A template as a spreadsheet saves it, with the given progress cells (numbers where they read as numbers). */
    private static byte[] workbook(String[] cells) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var about = wb.createSheet("About");
            about.createRow(0).createCell(0).setCellValue("Bilateral");
            about.createRow(1).createCell(1).setCellValue(Period.parse("2026-Q1").toString());
            var progress = wb.createSheet("Progress");
            var head = progress.createRow(0);
            String[] columns = {"Deal", "Buyer", "Seller", "Goods", "Stage", "Delivered quantity to date",
                    "Delivered value to date (USD)", "Next milestones", "Obstacles"};
            for (int i = 0; i < columns.length; i++) {
                head.createCell(i).setCellValue(columns[i]);
            }
            var row = progress.createRow(1);
            int[] at = {0, 4, 5, 6, 7, 8};
            for (int i = 0; i < cells.length; i++) {
                try {
                    row.createCell(at[i]).setCellValue(Double.parseDouble(cells[i]));
                } catch (NumberFormatException e) {
                    row.createCell(at[i]).setCellValue(cells[i]);
                }
            }
            var forecasts = wb.createSheet("Forecasts");
            var fhead = forecasts.createRow(0);
            String[] fcolumns = {"Enterprise", "HS code", "Product", "Year", "Quantity", "Unit", "Value (USD)"};
            for (int i = 0; i < fcolumns.length; i++) {
                fhead.createCell(i).setCellValue(fcolumns[i]);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<String> releases() {
        return Mutated.text(RELEASE);
    }

    @Property(seed = "20261201")
    void pressReleases(@ForAll("releases") String text) {
        storedOrRefusedByName("release.txt", new String[] {"press_release", "proposal"},
                () -> bean(PressReleases.class).ingest(new PressRelease("release.txt", text), "fuzz"));
    }
}
