package org.bilateral.tradestats.pulling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bilateral.WorkbenchTest;
import org.bilateral.identity.AuditTrail;
import org.bilateral.reference.CountryDirectory;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Granularity;
import org.bilateral.shared.HsLevel;
import org.bilateral.shared.Said;
import org.bilateral.shared.Unavailable;
import org.bilateral.sources.FetchFailed;
import org.bilateral.sources.Fetcher;
import org.bilateral.sources.PullProgress;
import org.bilateral.sources.PullReport;
import org.bilateral.sources.RecordedServer;
import org.bilateral.sources.RecordedServer.Recorded;
import org.bilateral.sources.SourceKeys;
import org.bilateral.sources.SourcePulls;
import org.bilateral.sources.SourcesProperties;
import org.bilateral.tradestats.Balance;
import org.bilateral.tradestats.BalanceRequest;
import org.bilateral.tradestats.StatisticsImports;
import org.bilateral.tradestats.TradeBalances;
import org.bilateral.tradestats.TradeStatisticsFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.context.TestPropertySource;

/**
 * The Comtrade pull against a local server answering with answers recorded in Comtrade's format (its envelope and every
 * field of its records), and with its failures. Each test has a server of its own, so no answer queued for one is
 * served to another.
 */
@WorkbenchTest
@TestPropertySource(properties = {"bilateral.sources.first-backoff=10ms", "bilateral.sources.longest-backoff=50ms",
        "bilateral.sources.attempts=3"})
class ComtradePullTest {

    static final CountryCode VN = CountryCode.of("VN");
    static final CountryCode US = CountryCode.of("US");
    static final String PATH = "/data/v1/get/C/M/HS";
    static final String KEY = "test-subscription-key-0123";

    @Autowired Fetcher fetcher;
    @Autowired SourcesProperties sources;
    @Autowired CountryDirectory countries;
    @Autowired ComtradeHeldStore held;
    @Autowired StatisticsImports imports;
    @Autowired TradeBalances balances;
    @Autowired SourcePulls pulls;
    @Autowired JdbcClient jdbc;
    @Autowired AuditTrail audit;
    @TempDir Path home;

    RecordedServer server;

    @BeforeEach
    void emptyStatisticsAndANewServer() {
        TradeStatisticsFixture.clear(jdbc);
        server = RecordedServer.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    static Recorded recorded(String name) {
        try {
            return Recorded.json(Files.readString(Path.of("src/test/resources/tradestats/recorded/" + name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ComtradePull pull(int recordsPerCall) {
        MockEnvironment environment = new MockEnvironment().withProperty("bilateral.sources.comtrade.key", KEY);
        return new ComtradePull(fetcher, new SourceKeys(environment, home), sources,
                new ComtradeProperties(server.base(), recordsPerCall, 12, 500, Duration.ZERO, null, null, 2), countries, held,
                imports, home, Clock.systemUTC());
    }

    static ComtradePullRequest firstQuarter() {
        return new ComtradePullRequest(VN, US, YearMonth.of(2025, 1), YearMonth.of(2025, 3), false);
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** A request's query parameters, decoded. */
    static Map<String, String> query(RecordedServer.Received r) {
        return Arrays.stream(r.uri().getRawQuery().split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }

    Map<String, Balance.Row> monthsOfVietnamWithTheUs() {
        return balances.balance(BalanceRequest.of(VN, US, Granularity.MONTH, HsLevel.TOTAL)).rows().stream()
                .collect(Collectors.toMap(Balance.Row::period, r -> r));
    }

    @Test
    void vietnamsImportsAndExportsWithTheUsAndTheWorldAreStoredPeriodByPeriodWithTheKeyInItsHeader() {
        server.on(PATH, recorded("comtrade-vn-imports-2025-01-to-03.json"), recorded("comtrade-vn-exports-2025-01-to-03.json"));

        String actor = "comtrade-test-" + System.nanoTime();
        PullReport report = pull(100_000).pull(firstQuarter(), actor, PullProgress.NONE);

        assertThat(report.asked()).isEqualTo(2);
        assertThat(report.stored()).as("January and February, imports and exports; March not published").isEqualTo(4);
        assertThat(report.unchanged()).isZero();
        assertThat(report.lines()).extracting(Said::english).containsExactly(
                "VN imports, 202503: not published by Comtrade yet",
                "VN imports, 202501: 4 figures stored as import #" + importId("comtrade-VN-US-M-202501.json"),
                "VN imports, 202502: 4 figures stored as import #" + importId("comtrade-VN-US-M-202502.json"),
                "VN exports, 202503: not published by Comtrade yet",
                "VN exports, 202501: 4 figures stored as import #" + importId("comtrade-VN-US-X-202501.json"),
                "VN exports, 202502: 4 figures stored as import #" + importId("comtrade-VN-US-X-202502.json"));
        List<RecordedServer.Received> asked = server.received();
        assertThat(asked).hasSize(2).allSatisfy(r -> {
            assertThat(r.header(ComtradePull.KEY_HEADER)).isEqualTo(KEY);
            assertThat(r.uri().toString()).as("the key travels in its header, never in the address").doesNotContain(KEY);
            assertThat(query(r)).containsEntry("reporterCode", "704").containsEntry("partnerCode", "842,0")
                    .containsEntry("period", "202501,202502,202503").containsEntry("cmdCode", "TOTAL,AG6")
                    .containsEntry("customsCode", "C00").containsEntry("motCode", "0").containsEntry("partner2Code", "0");
        });
        assertThat(asked).extracting(r -> query(r).get("flowCode")).containsExactly("M", "X");

        Map<String, Balance.Row> months = monthsOfVietnamWithTheUs();
        // Vietnam's imports from the US in January 2025 as recorded: TOTAL 155,000,000.5 (= soya beans 95,000,000.5 +
        // cotton 60,000,000); exports 1,500,000,000 (= computers 1,200,000,000 + furniture 300,000,000)
        assertThat(months.get("2025-01").imports()).isEqualByComparingTo("155000000.5");
        assertThat(months.get("2025-01").exports()).isEqualByComparingTo("1500000000");
        // 1,500,000,000 − 155,000,000.5 = 1,344,999,999.5
        assertThat(months.get("2025-01").balance()).isEqualByComparingTo("1344999999.5");
        // February: 1,150,000,000 − 120,000,000.75 = 1,029,999,999.25
        assertThat(months.get("2025-02").balance()).isEqualByComparingTo("1029999999.25");
        assertThat(months).doesNotContainKey("2025-03");
        // the world totals are kept apart, under their own partner: imports from the world in January 30,000,000,000
        assertThat(jdbc.sql("select count(*) from trade_slice where reporter = 'VN' and partner = :w")
                .param("w", CountryCode.WORLD.value()).query(Long.class).single()).as("2 months × 2 flows").isEqualTo(4);
        assertThat(audit.entries(actor, null, 100)).extracting(AuditTrail.Entry::action).as("each stored period audited")
                .containsExactly("statistics imported", "statistics imported", "statistics imported", "statistics imported");
    }

    private long importId(String fileName) {
        return jdbc.sql("select id from trade_import where file_name = :f").param("f", fileName).query(Long.class).single();
    }

    @Test
    void theSecondPullOfTheSameAnswersStoresNothingAndAsksTheLatestHeldMonthsAgain() {
        server.on(PATH, recorded("comtrade-vn-imports-2025-01-to-03.json"), recorded("comtrade-vn-exports-2025-01-to-03.json"),
                recorded("comtrade-vn-imports-2025-01-to-03.json"), recorded("comtrade-vn-exports-2025-01-to-03.json"));
        pull(100_000).pull(firstQuarter(), "test", PullProgress.NONE);
        long importsBefore = count("trade_import");
        long figuresBefore = count("trade_figure");

        PullReport again = pull(100_000).pull(firstQuarter(), "test", PullProgress.NONE);

        assertThat(again.stored()).isZero();
        assertThat(again.unchanged()).as("2 months × 2 flows, each known by its checksum").isEqualTo(4);
        assertThat(count("trade_import")).isEqualTo(importsBefore);
        assertThat(count("trade_figure")).isEqualTo(figuresBefore);
        // March is not held, and January and February are the two latest held (revisit = 2): the same three asked again
        assertThat(server.received().subList(2, 4)).extracting(r -> query(r).get("period"))
                .containsOnly("202501,202502,202503");
    }

    @Test
    void aChangedFigureForAHeldMonthIsStoredAsARevisionAndTheRestStaysUnchanged() {
        server.on(PATH, recorded("comtrade-vn-imports-2025-01-to-03.json"), recorded("comtrade-vn-exports-2025-01-to-03.json"),
                recorded("comtrade-vn-imports-2025-01-to-03-revised.json"), recorded("comtrade-vn-exports-2025-01-to-03.json"));
        pull(100_000).pull(firstQuarter(), "test", PullProgress.NONE);

        PullReport again = pull(100_000).pull(firstQuarter(), "test", PullProgress.NONE);

        assertThat(again.stored()).as("February's imports, revised").isEqualTo(1);
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(again.lines()).extracting(Said::english).anySatisfy(l -> assertThat(l)
                .startsWith("VN imports, 202502: revised, 4 figures stored as import #").endsWith("replacing 4 earlier figures (kept in history)"));
        // February's soya beans revised from 80,000,000 to 82,500,000: TOTAL 120,000,000.75 + 2,500,000 = 122,500,000.75
        assertThat(monthsOfVietnamWithTheUs().get("2025-02").imports()).isEqualByComparingTo("122500000.75");
        assertThat(count("trade_figure_replaced")).as("the four figures of February's imports replaced, kept").isEqualTo(4);
    }

    @Test
    void aRangeOverTwelveMonthsIsAskedInCallsOfTwelvePeriodsAtMost() {
        server.on(PATH, recorded("comtrade-empty.json"), recorded("comtrade-vn-imports-2025-01-to-03.json"),
                recorded("comtrade-empty.json"), recorded("comtrade-vn-exports-2025-01-to-03.json"));

        PullReport report = pull(100_000).pull(new ComtradePullRequest(VN, US, YearMonth.of(2024, 1), YearMonth.of(2025, 3), false),
                "test", PullProgress.NONE);

        // 15 months: 12 in the first call, 3 in the second, for each flow
        assertThat(server.received()).extracting(r -> query(r).get("flowCode") + " " + query(r).get("period")).containsExactly(
                "M 202401,202402,202403,202404,202405,202406,202407,202408,202409,202410,202411,202412",
                "M 202501,202502,202503",
                "X 202401,202402,202403,202404,202405,202406,202407,202408,202409,202410,202411,202412",
                "X 202501,202502,202503");
        assertThat(report.asked()).isEqualTo(4);
        assertThat(report.stored()).isEqualTo(4);
    }

    @Test
    void anAnswerReachingTheRecordsACallMayReturnIsAskedAgainInHalves() {
        // the two-month answer holds 8 records, reaching a cap of 5: January and February are asked apart (4 each)
        server.on(PATH, recorded("comtrade-vn-imports-2025-01-to-03.json"), recorded("comtrade-vn-imports-202501.json"),
                recorded("comtrade-vn-imports-202502.json"), recorded("comtrade-vn-exports-2025-01-to-03.json"),
                recorded("comtrade-vn-exports-202501.json"), recorded("comtrade-vn-exports-202502.json"));

        PullReport report = pull(5).pull(new ComtradePullRequest(VN, US, YearMonth.of(2025, 1), YearMonth.of(2025, 2), false),
                "test", PullProgress.NONE);

        assertThat(server.received()).extracting(r -> query(r).get("flowCode") + " " + query(r).get("period")).containsExactly(
                "M 202501,202502", "M 202501", "M 202502", "X 202501,202502", "X 202501", "X 202502");
        assertThat(report.asked()).isEqualTo(6);
        assertThat(report.stored()).isEqualTo(4);
        assertThat(monthsOfVietnamWithTheUs().get("2025-02").imports()).isEqualByComparingTo("120000000.75");
    }

    @Test
    void aSingleMonthReachingTheCapIsRefusedRatherThanStoredCut() {
        server.on(PATH, recorded("comtrade-vn-imports-202501.json"));

        assertThatThrownBy(() -> pull(4).pull(new ComtradePullRequest(VN, US, YearMonth.of(2025, 1), YearMonth.of(2025, 1), false),
                "test", PullProgress.NONE))
                .isInstanceOf(FetchFailed.class).hasMessageContaining("202501 reaches the 4 records a call may return");
        assertThat(count("trade_import")).isZero();
    }

    @Test
    void aTooManyRequestsWithRetryAfterIsWaitedForAndAskedAgain() {
        server.on(PATH, Recorded.tooManyRequests("1"), recorded("comtrade-vn-imports-202501.json"),
                recorded("comtrade-vn-exports-202501.json"));

        PullReport report = pull(100_000).pull(new ComtradePullRequest(VN, US, YearMonth.of(2025, 1), YearMonth.of(2025, 1), false),
                "test", PullProgress.NONE);

        assertThat(server.received()).hasSize(3);
        assertThat(report.stored()).isEqualTo(2);
    }

    @Test
    void aServiceUnavailableAndAnAnswerCutShortAreTriedAgainAndStoreOnlyTheWholeAnswer() {
        Recorded imports = recorded("comtrade-vn-imports-202501.json");
        server.on(PATH, Recorded.status(503), imports.cutAfter(1000), imports, recorded("comtrade-vn-exports-202501.json"));

        PullReport report = pull(100_000).pull(new ComtradePullRequest(VN, US, YearMonth.of(2025, 1), YearMonth.of(2025, 1), false),
                "test", PullProgress.NONE);

        assertThat(server.received()).hasSize(4);
        assertThat(report.stored()).isEqualTo(2);
        // January's imports once, whole: TOTAL 155,000,000.5
        assertThat(monthsOfVietnamWithTheUs().get("2025-01").imports()).isEqualByComparingTo("155000000.5");
    }

    @Test
    void anErrorEnvelopeIsTriedAgainThenReportedAndNothingIsStored() {
        server.on(PATH, recorded("comtrade-error.json"));

        assertThatThrownBy(() -> pull(100_000).pull(firstQuarter(), "test", PullProgress.NONE))
                .isInstanceOfSatisfying(FetchFailed.class, e -> assertThat(e.said().english())
                        .isEqualTo("failed after 3 tries; the last: the Comtrade response reports an error: "
                                + "An error occurred while processing the request. Please try again later."));
        assertThat(server.received()).as("bilateral.sources.attempts=3").hasSize(3);
        assertThat(count("trade_import")).isZero();
    }

    @Test
    void aWrongKeyIsNotTriedAgain() {
        server.on(PATH, new Recorded(401, "application/json", recorded("comtrade-401.json").body(), Map.of(), -1, 0));

        assertThatThrownBy(() -> pull(100_000).pull(firstQuarter(), "test", PullProgress.NONE))
                .isInstanceOf(FetchFailed.class).hasMessageContaining("refused the request with 401");
        assertThat(server.received()).hasSize(1);
        assertThat(count("trade_import")).isZero();
    }

    @Test
    void withoutAKeyNothingIsAsked() {
        ComtradePull keyless = new ComtradePull(fetcher, new SourceKeys(new MockEnvironment(), home), sources,
                new ComtradeProperties(server.base(), 0, 0, 0, Duration.ZERO, null, null, 2), countries, held, imports, home,
                Clock.systemUTC());

        assertThatThrownBy(() -> keyless.pull(firstQuarter(), "test", PullProgress.NONE)).isInstanceOf(Unavailable.class)
                .hasMessageContaining("no UN Comtrade subscription key");
        assertThat(server.received()).isEmpty();
    }

    @Test
    void aPullNeedingMoreCallsThanADayAllowsIsRefusedBeforeAsking() {
        ComtradePull pull = new ComtradePull(fetcher, new SourceKeys(new MockEnvironment()
                .withProperty("bilateral.sources.comtrade.key", KEY), home), sources,
                new ComtradeProperties(server.base(), 0, 12, 3, Duration.ZERO, null, null, 2), countries, held, imports, home,
                Clock.systemUTC());

        // 2024-01 to 2025-03: 2 calls a flow, 4 in all, over the 3 a day
        assertThatThrownBy(() -> pull.pull(new ComtradePullRequest(VN, US, YearMonth.of(2024, 1), YearMonth.of(2025, 3), false),
                "test", PullProgress.NONE)).hasMessageContaining("would make 4 calls to UN Comtrade, more than the 3");
        assertThat(server.received()).isEmpty();
    }

    @Test
    void theScheduledPullAsksEachConfiguredPartnersMonthsToLastMonthThenItsYearsToLastYear() {
        server.on(PATH, recorded("comtrade-empty.json"));
        server.on("/data/v1/get/C/A/HS", recorded("comtrade-empty.json"));
        // on 10 February 2026, from November 2025: the months 2025-11 to 2026-01, and the year 2025, which is over
        ComtradePull scheduled = new ComtradePull(fetcher, new SourceKeys(new MockEnvironment()
                .withProperty("bilateral.sources.comtrade.key", KEY), home), sources,
                new ComtradeProperties(server.base(), 0, 0, 0, Duration.ZERO, null, "2025-11", 2), countries, held, imports, home,
                Clock.fixed(java.time.Instant.parse("2026-02-10T08:00:00Z"), java.time.ZoneOffset.UTC));

        PullReport report = scheduled.pull(PullProgress.NONE);

        assertThat(server.received()).extracting(r -> r.uri().getPath() + " " + query(r).get("reporterCode") + " "
                + query(r).get("flowCode") + " " + query(r).get("period")).containsExactly(
                PATH + " 704 M 202511,202512,202601", PATH + " 704 X 202511,202512,202601",
                "/data/v1/get/C/A/HS 704 M 2025", "/data/v1/get/C/A/HS 704 X 2025");
        assertThat(report.asked()).isEqualTo(4);
        assertThat(report.lines()).extracting(Said::english).contains("VN imports, 2025: not published by Comtrade yet");
    }

    @Test
    void comtradeIsASourceThePullsRun() {
        assertThat(pulls.sources()).extracting(s -> s.id()).contains(ComtradePull.ID);
        assertThat(URI.create("https://comtradeapi.un.org")).isEqualTo(new ComtradeProperties(null, 0, 0, 0, null, null, null, 0).base());
    }
}
