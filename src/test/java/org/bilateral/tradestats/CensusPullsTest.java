package org.bilateral.tradestats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bilateral.WorkbenchTest;
import org.bilateral.identity.AuditTrail;
import org.bilateral.reference.CountryDirectory;
import org.bilateral.reference.ReferenceFiles;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.bilateral.shared.Granularity;
import org.bilateral.shared.HsLevel;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Period;
import org.bilateral.shared.Said;
import org.bilateral.sources.FetchFailed;
import org.bilateral.sources.Fetcher;
import org.bilateral.sources.PullProgress;
import org.bilateral.sources.PullReport;
import org.bilateral.sources.RecordedServer;
import org.bilateral.sources.RecordedServer.Recorded;
import org.bilateral.sources.SourceKeys;
import org.bilateral.sources.SourcesProperties;
import org.bilateral.tradestats.census.CensusApis;
import org.bilateral.tradestats.census.CensusLevel;
import org.bilateral.workbench.WorkbenchProperties;
import org.bilateral.workbench.CommandRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The Census pull against a recorded server answering in the API's real format (a JSON array of string arrays, header
 * first, the predicates after the variables asked), and with its failures. Recorded months, US trade with Vietnam:
 * <pre>
 *            exports (ALL_VAL_MO)                  imports (GEN_VAL_MO)
 * 2025-01    120190 300,000 + 880240 200,000      847130 1,000,000 + 851713 500,000 + 940360 250,000
 *            = 500,000                            = 1,750,000
 * 2025-02    120190 350,000                       847130 900,000 + 851713 450,000 = 1,350,000
 *                                                 (revised: 847130 950,000, so 1,400,000)
 * </pre>
 */
@WorkbenchTest
@TestPropertySource(properties = {"bilateral.sources.first-backoff=10ms", "bilateral.sources.longest-backoff=50ms",
        "bilateral.sources.attempts=3", "bilateral.sources.census.key=TESTKEY"})
class CensusPullsTest {

    static final CountryCode US = CountryCode.of("US");
    static final CountryCode VN = CountryCode.of("VN");
    static final Path RECORDED = Path.of("src/test/resources/tradestats/recorded");

    @Autowired StatisticsImports imports;
    @Autowired BalanceStore balanceStore;
    @Autowired StateTradeStore stateStore;
    @Autowired StateTrade stateTrade;
    @Autowired TradeBalances balances;
    @Autowired StatisticsSources statisticsSources;
    @Autowired CountryDirectory countries;
    @Autowired ReferenceFiles reference;
    @Autowired SourcesProperties sourcesProperties;
    @Autowired WorkbenchProperties workbench;
    @Autowired AuditTrail audit;
    @Autowired PlatformTransactionManager transactions;
    @Autowired Fetcher fetcher;
    @Autowired Environment environment;
    @Autowired JdbcClient jdbc;

    /** The server the workbench's own Census pull asks, as configured: for the command, run as a user types it. */
    static final RecordedServer CONFIGURED = RecordedServer.start();

    @DynamicPropertySource
    static void configuredCensus(DynamicPropertyRegistry registry) {
        registry.add("bilateral.sources.census.base", () -> CONFIGURED.base() + "/configured/intltrade");
    }

    @AfterAll
    static void stopConfigured() {
        CONFIGURED.close();
    }

    @Autowired ApplicationContext context;

    private RecordedServer server = RecordedServer.start();
    private final List<Said> said = new ArrayList<>();

    @BeforeEach
    void emptyDatabase() {
        TradeStatisticsFixture.clear(jdbc);
        jdbc.sql("truncate state_trade, state_trade_import").update();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** A fresh server for the next pull: a path's last answer repeats, and must not answer the next pull's first request. */
    private void restartServer() {
        server.close();
        server = RecordedServer.start();
    }

    static Recorded recorded(String name) {
        try {
            return Recorded.json(Files.readString(RECORDED.resolve(name), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CensusPulls census(CensusLevel level) {
        return new CensusPulls(CensusApis.at(server.base().resolve("/data/timeseries/intltrade"), level, fetcher,
                new SourceKeys(environment, workbench.home())), imports, balanceStore, stateStore, countries, reference,
                sourcesProperties, workbench, audit, transactions);
    }

    private PullReport pull(String from, String to, boolean states) {
        return census(CensusLevel.HS6).pull(new CensusAsk(List.of(VN), YearMonth.parse(from), YearMonth.parse(to), CensusLevel.HS6, states),
                "test", PullProgress.NONE, said::add);
    }

    private void recordJanuaryAndFebruary() {
        server.on("/data/timeseries/intltrade/exports/hs", recorded("census-exports-hs6-VN-2025-01.json"),
                recorded("census-exports-hs6-VN-2025-02.json"));
        server.on("/data/timeseries/intltrade/imports/hs", recorded("census-imports-hs6-VN-2025-01.json"),
                recorded("census-imports-hs6-VN-2025-02.json"));
    }

    private Map<String, java.math.BigDecimal> monthlyBalance() {
        return balances.balance(BalanceRequest.of(US, VN, Granularity.MONTH, HsLevel.TOTAL)).rows().stream()
                .collect(Collectors.toMap(Balance.Row::period, Balance.Row::balance));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void theMonthsNotHeldArePulledOneImportEachAndTheBalanceIsTheSumOfTheRecordedRows() {
        recordJanuaryAndFebruary();
        Instant before = Instant.now();
        PullReport report = pull("2025-01", "2025-02", false);

        assertThat(report.asked()).isEqualTo(4);
        assertThat(report.stored()).isEqualTo(4);
        assertThat(report.unchanged()).isZero();
        assertThat(count("trade_import")).isEqualTo(4);
        // the figures are the recorded rows: 2 + 1 exports, 3 + 2 imports
        assertThat(count("trade_figure")).isEqualTo(8);
        Map<String, java.math.BigDecimal> balance = monthlyBalance();
        assertThat(balance.get("2025-01")).isEqualByComparingTo("-1250000");   // 500,000 − 1,750,000
        assertThat(balance.get("2025-02")).isEqualByComparingTo("-1000000");   // 350,000 − 1,350,000
        // every pulled import is found by when it was stored, named for its source, month and flow
        assertThat(statisticsSources.importedSince(before)).extracting(Source::fileName).containsExactlyInAnyOrder(
                "census-exports-hs6-VN-2025-01.json", "census-exports-hs6-VN-2025-02.json",
                "census-imports-hs6-VN-2025-01.json", "census-imports-hs6-VN-2025-02.json");
        assertThat(audit.entries("test", before, 10)).extracting(AuditTrail.Entry::action).containsOnly("statistics imported").hasSize(4);
        assertThat(said).extracting(Said::english).contains("2025-01 exports, VN: 2 figures stored as import #"
                + statisticsSources.importedSince(before).get(0).importId());
        assertThat(said).extracting(Said::english).anyMatch(l -> l.startsWith("2025-02 exports, VN: 1 figure stored as import #"));
    }

    @Test
    void atHs10EachMonthIsAskedInTenPartsByFirstDigitWithQuantitiesAndImportedAsOne() {
        Recorded none = Recorded.status(204);
        server.on("/data/timeseries/intltrade/exports/hs", none, recorded("census-exports-hs10-VN-2025-01-1.json"), none);
        server.on("/data/timeseries/intltrade/imports/hs", none, none, none, none, none, none, none, none,
                recorded("census-imports-hs10-VN-2025-01-8.json"), none);

        PullReport report = census(CensusLevel.HS10).pull(new CensusAsk(List.of(VN), YearMonth.of(2025, 1), YearMonth.of(2025, 1),
                CensusLevel.HS10, false), "test", PullProgress.NONE, said::add);

        assertThat(report.stored()).isEqualTo(2);
        assertThat(server.received()).hasSize(20);
        assertThat(server.received().get(0).uri().getQuery()).isEqualTo(
                "get=CTY_CODE,CTY_NAME,E_COMMODITY,ALL_VAL_MO,QTY_1_MO,UNIT_QY1&CTY_CODE=5520&COMM_LVL=HS10&time=2025-01&E_COMMODITY=0*&key=TESTKEY");
        assertThat(server.received().get(19).uri().getQuery()).contains("get=CTY_CODE,CTY_NAME,I_COMMODITY,GEN_VAL_MO,CON_VAL_MO,GEN_QY1_MO,UNIT_QY1")
                .contains("I_COMMODITY=9*");
        assertThat(monthlyBalance().get("2025-01")).isEqualByComparingTo("-700000");   // 300,000 − 1,000,000
        assertThat(jdbc.sql("select quantity from trade_figure where hs_code = '8471300100'").query(java.math.BigDecimal.class).single())
                .isEqualByComparingTo("2000");
    }

    @Test
    void eachRequestAsksTheReadersColumnsForOneMonthOfThePartnerWithTheKey() {
        recordJanuaryAndFebruary();
        pull("2025-01", "2025-02", false);

        List<String> queries = server.received().stream().map(r -> r.uri().getPath() + "?" + r.uri().getQuery()).toList();
        assertThat(queries).containsExactly(
                "/data/timeseries/intltrade/exports/hs?get=CTY_CODE,CTY_NAME,E_COMMODITY,ALL_VAL_MO&CTY_CODE=5520&COMM_LVL=HS6&time=2025-01&key=TESTKEY",
                "/data/timeseries/intltrade/exports/hs?get=CTY_CODE,CTY_NAME,E_COMMODITY,ALL_VAL_MO&CTY_CODE=5520&COMM_LVL=HS6&time=2025-02&key=TESTKEY",
                "/data/timeseries/intltrade/imports/hs?get=CTY_CODE,CTY_NAME,I_COMMODITY,GEN_VAL_MO,CON_VAL_MO&CTY_CODE=5520&COMM_LVL=HS6&time=2025-01&key=TESTKEY",
                "/data/timeseries/intltrade/imports/hs?get=CTY_CODE,CTY_NAME,I_COMMODITY,GEN_VAL_MO,CON_VAL_MO&CTY_CODE=5520&COMM_LVL=HS6&time=2025-02&key=TESTKEY");
    }

    @Test
    void theSecondPullStoresNothingEvenWithTheRowsInAnotherOrder() {
        recordJanuaryAndFebruary();
        pull("2025-01", "2025-02", false);
        long figures = count("trade_figure");
        restartServer();
        // the second pull asks the two latest months held again, for revisions; Census sends January's rows in another order
        server.on("/data/timeseries/intltrade/exports/hs", recorded("census-exports-hs6-VN-2025-01.json"),
                recorded("census-exports-hs6-VN-2025-02.json"));
        server.on("/data/timeseries/intltrade/imports/hs", recorded("census-imports-hs6-VN-2025-01-reordered.json"),
                recorded("census-imports-hs6-VN-2025-02.json"));

        PullReport again = pull("2025-01", "2025-02", false);

        assertThat(again.asked()).isEqualTo(4);
        assertThat(again.stored()).isZero();
        assertThat(again.unchanged()).isEqualTo(4);
        assertThat(count("trade_import")).isEqualTo(4);
        assertThat(count("trade_figure")).isEqualTo(figures);
        assertThat(count("trade_figure_replaced")).isZero();
    }

    @Test
    void aRevisedMonthIsStoredAsARevisionAndTheEarlierFiguresAreKept() {
        recordJanuaryAndFebruary();
        pull("2025-01", "2025-02", false);
        restartServer();
        server.on("/data/timeseries/intltrade/exports/hs", recorded("census-exports-hs6-VN-2025-01.json"),
                recorded("census-exports-hs6-VN-2025-02.json"));
        server.on("/data/timeseries/intltrade/imports/hs", recorded("census-imports-hs6-VN-2025-01.json"),
                recorded("census-imports-hs6-VN-2025-02-revised.json"));

        PullReport again = pull("2025-01", "2025-02", false);

        assertThat(again.stored()).isEqualTo(1);
        assertThat(again.unchanged()).isEqualTo(3);
        // February's two import figures moved to history, replaced by the revised two
        assertThat(count("trade_figure_replaced")).isEqualTo(2);
        assertThat(monthlyBalance().get("2025-02")).isEqualByComparingTo("-1050000");   // 350,000 − (950,000 + 450,000)
        assertThat(again.lines()).extracting(Said::english).anyMatch(l -> l.startsWith("2025-02 imports, VN: revised by Census; 2 figures"));
    }

    @Test
    void aFailedMonthLeavesTheEarlierMonthsStoredAndItselfNothing() {
        server.on("/data/timeseries/intltrade/exports/hs", recorded("census-exports-hs6-VN-2025-01.json"), Recorded.status(503));

        assertThatThrownBy(() -> pull("2025-01", "2025-02", false)).isInstanceOf(FetchFailed.class)
                .hasMessageContaining("failed after 3 tries").hasMessageContaining("503").hasMessageNotContaining("TESTKEY");

        // January's exports are stored; February's, asked three times, are not, and imports were never asked
        assertThat(count("trade_import")).isEqualTo(1);
        assertThat(balanceStore.held(US, VN).months()).containsOnlyKeys("X");
        assertThat(balanceStore.held(US, VN).months().get("X")).containsExactly(YearMonth.of(2025, 1));
        assertThat(server.received()).hasSize(4);
        assertThat(said).extracting(Said::english).singleElement().asString().startsWith("2025-01 exports, VN: 2 figures stored");
    }

    @Test
    void anAnswerCutShortAndAServerTooBusyAreAskedAgain() {
        Recorded january = recorded("census-imports-hs6-VN-2025-01.json");
        server.on("/data/timeseries/intltrade/exports/hs", Recorded.tooManyRequests("0"), recorded("census-exports-hs6-VN-2025-01.json"));
        server.on("/data/timeseries/intltrade/imports/hs", january.cutAfter(120), january);

        PullReport report = pull("2025-01", "2025-01", false);

        assertThat(report.stored()).isEqualTo(2);
        assertThat(server.received()).hasSize(4);
        assertThat(monthlyBalance().get("2025-01")).isEqualByComparingTo("-1250000");   // 500,000 − 1,750,000
    }

    @Test
    void theMissingKeyPageFailsAtOnceWithoutAskingAgain() throws IOException {
        server.on("/data/timeseries/intltrade/exports/hs",
                Recorded.ok("text/html", Files.readString(RECORDED.resolve("census-missing-key.html"))));

        assertThatThrownBy(() -> pull("2025-01", "2025-01", false)).isInstanceOf(FetchFailed.class)
                .satisfies(e -> assertThat(((FetchFailed) e).said().key()).isEqualTo("refusal.census.keyRefused"));
        assertThat(server.received()).hasSize(1);
        assertThat(count("trade_import")).isZero();
    }

    @Test
    void anAnswerThatIsNotTheApisJsonIsAskedAgainThenFails() {
        server.on("/data/timeseries/intltrade/exports/hs", Recorded.json("[[\"CTY_CODE\",\"ALL_VAL_MO\"],[\"5520\",300000]]"));

        assertThatThrownBy(() -> pull("2025-01", "2025-01", false)).isInstanceOf(FetchFailed.class)
                .hasMessageContaining("not a string");
        assertThat(server.received()).hasSize(3);
    }

    @Test
    void anAnswerForAnotherMonthIsAskedAgainThenFails() {
        server.on("/data/timeseries/intltrade/exports/hs", recorded("census-exports-hs6-VN-2025-02.json"));

        assertThatThrownBy(() -> pull("2025-01", "2025-01", false)).isInstanceOf(FetchFailed.class)
                .hasMessageContaining("2025-02").hasMessageContaining("2025-01");
        assertThat(count("trade_import")).isZero();
    }

    @Test
    void noRecordsStoresNothingAndTheMonthIsAskedAgainNextTime() {
        server.on("/data/timeseries/intltrade/exports/hs", Recorded.status(204));
        server.on("/data/timeseries/intltrade/imports/hs", Recorded.status(204));

        PullReport report = pull("2025-03", "2025-03", false);

        assertThat(report.asked()).isEqualTo(2);
        assertThat(report.stored()).isZero();
        assertThat(count("trade_import")).isZero();
        assertThat(said).extracting(Said::key).containsExactly("census.line.noRecords", "census.line.noRecords");
        pull("2025-03", "2025-03", false);
        // March is still not held, so the second pull asks both flows again: 2 + 2 requests
        assertThat(server.received()).hasSize(4);
    }

    @Test
    void theTradeByStateLeavesOutCensusTotalsAndSaysEachStatesTotal() {
        server.on("/data/timeseries/intltrade/exports/hs", recorded("census-exports-hs6-VN-2025-01.json"));
        server.on("/data/timeseries/intltrade/imports/hs", recorded("census-imports-hs6-VN-2025-01.json"));
        server.on("/data/timeseries/intltrade/exports/statehs", recorded("census-exports-statehs-hs6-VN-2025-01.json"));
        server.on("/data/timeseries/intltrade/imports/statehs", Recorded.status(204));
        Instant before = Instant.now();

        PullReport report = pull("2025-01", "2025-01", true);

        assertThat(report.asked()).isEqualTo(4);
        assertThat(report.stored()).isEqualTo(3);
        assertThat(server.received().stream().filter(r -> r.uri().getPath().endsWith("/exports/statehs")).findFirst().orElseThrow()
                .uri().getQuery()).isEqualTo("get=STATE,CTY_CODE,E_COMMODITY,ALL_VAL_MO&CTY_CODE=5520&COMM_LVL=HS6&time=2025-01&key=TESTKEY");
        // six rows: three totals ("-" state or commodity) left out; WA 200,000, IA 180,000, IL 120,000 kept, which add up to
        // the all-states all-products row: 200,000 + 180,000 + 120,000 = 500,000, January's exports in the hs answer
        List<StateTrade.StateTotal> totals = stateTrade.totals(VN, Flow.EXPORT, Period.month(YearMonth.of(2025, 1)));
        assertThat(totals).extracting(StateTrade.StateTotal::state).containsExactly("WA", "IA", "IL");
        assertThat(totals).extracting(t -> t.valueUsd().toBigInteger().longValue()).containsExactly(200_000L, 180_000L, 120_000L);
        assertThat(totals.stream().map(StateTrade.StateTotal::valueUsd).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))
                .isEqualByComparingTo("500000");
        assertThat(stateTrade.products("IA", VN, Flow.EXPORT, Period.month(YearMonth.of(2025, 1))))
                .containsExactly(new StateTrade.StateProduct("120190", new java.math.BigDecimal("180000.00")));
        assertThat(stateTrade.pulledSince(before)).singleElement().satisfies(p -> {
            assertThat(p.fileName()).isEqualTo("census-exports-statehs-hs6-VN-2025-01.json");
            assertThat(p.rows()).isEqualTo(3);
        });
        assertThat(said).extracting(Said::english).contains("2025-01 exports by state, VN: 3 rows stored as state import #"
                + stateTrade.pulledSince(before).get(0).importId() + " (3 total rows left out)");

        PullReport again = pull("2025-01", "2025-01", true);

        assertThat(again.stored()).isZero();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(count("state_trade_import")).isEqualTo(1);
    }

    @Test
    void aBadRowByStateIsRefusedByLineAndFieldAndNothingOfItsMonthIsStored() {
        server.on("/data/timeseries/intltrade/exports/hs", recorded("census-exports-hs6-VN-2025-01.json"));
        server.on("/data/timeseries/intltrade/imports/hs", recorded("census-imports-hs6-VN-2025-01.json"));
        server.on("/data/timeseries/intltrade/exports/statehs", recorded("census-exports-statehs-hs6-VN-2025-01-bad.json"));

        // the rows as stored sorted: line 2 IL (12.5 dollars), line 3 WA, line 4 ZZ (no such state)
        assertThatThrownBy(() -> pull("2025-01", "2025-01", true)).isInstanceOf(InvalidInput.class).satisfies(e -> {
            List<String> problems = ((InvalidInput) e).problems().stream().map(Object::toString).toList();
            assertThat(problems).hasSize(2);
            assertThat(problems.get(0)).contains("census-exports-statehs-hs6-VN-2025-01.json").contains("line 2").contains("ALL_VAL_MO").contains("12.5");
            assertThat(problems.get(1)).contains("line 4").contains("STATE").contains("ZZ");
        });
        assertThat(count("state_trade_import")).isZero();
        assertThat(count("state_trade")).isZero();
        // the products of January's exports, asked before, are stored
        assertThat(count("trade_import")).isEqualTo(1);
    }

    @Test
    void theCommandPullsAsAUserTypesItAndSaysEachMonth() {
        CONFIGURED.on("/configured/intltrade/exports/hs", recorded("census-exports-hs6-VN-2025-01.json"));
        CONFIGURED.on("/configured/intltrade/imports/hs", recorded("census-imports-hs6-VN-2025-01.json"));

        CommandRun run = CommandRun.of(context, "pull", "census", "--partner", "VN", "--from", "2025-01", "--to", "2025-01");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("2025-01 exports, VN: 2 figures stored as import #")
                .contains("2025-01 imports, VN: 3 figures stored as import #")
                .contains("Census: 2 asked, 2 stored, 0 unchanged.");
        assertThat(CONFIGURED.received()).extracting(r -> r.uri().getQuery()).allMatch(q -> q.contains("time=2025-01")
                && q.contains("CTY_CODE=5520") && q.contains("key=TESTKEY"));
        // January's balance as the command stored it: 500,000 − 1,750,000
        assertThat(monthlyBalance().get("2025-01")).isEqualByComparingTo("-1250000");
        // the same pull is the census source the schedule and the Sources page run
        assertThat(context.getBean(org.bilateral.sources.SourcePulls.class).sources()).filteredOn(s -> s.id().equals("census"))
                .singleElement().satisfies(s -> assertThat(s.name().english()).isEqualTo("US Census International Trade API"));
    }

    @Test
    void theCommandRefusesALevelCensusDoesNotGiveAndAsksNothing() {
        int before = CONFIGURED.received().size();

        CommandRun run = CommandRun.of(context, "pull", "census", "--from", "2025-01", "--level", "HS8");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--level").contains("HS8 is not an HS level Census gives");
        assertThat(CONFIGURED.received()).hasSize(before);
    }
}
