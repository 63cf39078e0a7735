package org.bilateral.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.reference.Country;
import org.bilateral.reference.CountryDirectory;
import org.bilateral.reference.HsRevisions;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.InvalidInput;
import org.bilateral.tradestats.TradeStatisticsProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/**
 * The world job launched as a process of its own: refused with the way to build it when there is no engine, the screen's
 * options checked before any job starts, and, with a stand-in job (a small class compiled here, in the jar the engine
 * folder must hold), what the workbench passes it, what it makes of the job's progress, refusals and failures.
 */
class WorldJobsTest {

    static final Country CN = new Country(CountryCode.of("CN"), "CHN", 156, 156, null, null, "China");
    static final Country US = new Country(CountryCode.of("US"), "USA", 840, 840, 842, "1000", "United States");
    static final Country VN = new Country(CountryCode.of("VN"), "VNM", 704, 704, null, "5520", "Vietnam");

    @TempDir static Path engine;
    @TempDir Path home;

    @BeforeAll
    static void theStandInJob() throws IOException {
        StandInJob.build(engine);
    }

    private WorldJobs jobs(String engineFolder) {
        CountryDirectory countries = mock(CountryDirectory.class);
        when(countries.byCode(any())).thenAnswer(i -> Optional.ofNullable(switch (i.getArgument(0, CountryCode.class).value()) {
            case "CN" -> CN;
            case "US" -> US;
            case "VN" -> VN;
            default -> null;
        }));
        when(countries.all()).thenReturn(List.of(VN, US, CN));
        MockEnvironment env = new MockEnvironment().withProperty("bilateral.home", home.toString()).withProperty("bilateral.world.engine", engineFolder)
                .withProperty("bilateral.world.java-options", "-Xmx64m");
        // the correlation tables are absent here (a mock answers false): the job is given no CARRIES.csv, as the import carries nothing
        return new WorldJobs(env, countries, mock(HsRevisions.class), new TradeStatisticsProperties(new BigDecimal("1.06"), null, null));
    }

    private static WorldJobs.ScreenAsked asked(String store) {
        return new WorldJobs.ScreenAsked(CountryCode.of("CN"), CountryCode.of("US"), 2017, 2024, null, 50, "local[2]", store);
    }

    /** What a job printed on standard output and standard error while {@code work} ran. */
    private static String[] printed(Runnable work) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            work.run();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return new String[] {o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void sparksOpeningsAreTheWorldModulesOwn() throws IOException {
        Matcher opens = Pattern.compile("<spark.jvm.opens>([^<]*)</spark.jvm.opens>").matcher(Files.readString(Path.of("world/pom.xml")));
        assertThat(opens.find()).isTrue();
        assertThat(WorldJobs.SPARK_OPENS).containsExactlyElementsOf(Arrays.asList(opens.group(1).strip().split("\\s+")));
    }

    @Test
    void withoutAnEngineEveryJobIsRefusedWithTheWayToBuildIt() {
        WorldJobs none = jobs("");
        String refusal = "the world engine is not built: run ./bilateral world … from the checkout, or `cd world && ../mvnw package`";
        assertThatThrownBy(() -> none.importFiles(List.of("a.txt.gz"), null, false)).isInstanceOf(InvalidInput.class).hasMessageContaining(refusal);
        assertThatThrownBy(() -> none.screen(asked(null))).isInstanceOf(InvalidInput.class).hasMessageContaining(refusal);
        assertThatThrownBy(() -> none.generate(List.of("--out", "x"))).isInstanceOf(InvalidInput.class).hasMessageContaining(refusal);
        assertThatThrownBy(() -> jobs(home.toString()).screen(asked(null))).isInstanceOf(InvalidInput.class)
                .hasMessage("the world engine " + home + " holds no bilateral-world.jar: build it with `cd world && ../mvnw package`");
    }

    @Test
    void aScreenIsRefusedOptionByOptionBeforeAnyJobStarts() {
        var bad = new WorldJobs.ScreenAsked(CountryCode.of("MX"), CountryCode.of("US"), 2024, 2017, LocalDate.of(2018, 7, 6), 0, "http://x", null);
        assertThatThrownBy(() -> jobs("").screen(bad)).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems()).extracting(Object::toString).containsExactly(
                        "world screen, field --origin: MX is not a country of the reference data",
                        "world screen, field --from/--to: 2024 to 2017 is not a span of the years from 1988 to 2100",
                        "world screen, field --event: the event year 2018 is not strictly between 2024 and 2017",
                        "world screen, field --top: 0 is not a whole number from 1 to 1000",
                        "world screen, field --master: 'http://x' is not a Spark master: local[*], local[N], spark://host:port, k8s://…, "
                                + "mesos://… or yarn"));
    }

    @Test
    void theEventDefaultsToTheFirstKnownEventStrictlyBetweenTheYears() {
        // 2018-07-06 lies strictly between 2017 and 2024; between 2018 and 2020 only 2019-05-10 does; none between 2019 and 2024
        assertThat(WorldJobs.eventYear(asked(null))).isEqualTo(2018);
        assertThat(WorldJobs.eventYear(new WorldJobs.ScreenAsked(CN.code(), US.code(), 2018, 2020, null, 50, "local[*]", null))).isEqualTo(2019);
        assertThat(WorldJobs.eventYear(new WorldJobs.ScreenAsked(CN.code(), US.code(), 2019, 2024, null, 50, "local[*]", null))).isNull();
        assertThat(WorldJobs.eventYear(new WorldJobs.ScreenAsked(CN.code(), US.code(), 2017, 2024, LocalDate.of(2020, 1, 1), 50, "local[*]", null)))
                .isEqualTo(2020);
    }

    @Test
    void theScreenPassesComtradeCodesTheEventTheMarginAndTheCountriesAndReturnsTheRun() throws IOException {
        Path fixture = home.resolve("fixture-RUN.json");
        Files.write(fixture, WorldRunFixture.bytes());
        Path[] run = new Path[1];
        String[] printed = printed(() -> run[0] = jobs(engine.toString()).screen(asked(fixture.toString())));
        assertThat(Files.readString(run[0])).isEqualTo(WorldRunFixture.text());
        assertThat(run[0]).startsWith(home.resolve("world-runs"));
        // the United States by Comtrade's 842, not its M49 840; the CIF/FOB factor 1.06 less one; the event of 2018-07-06
        assertThat(printed[0]).contains("args: screen --store " + fixture + " --origin 156 --destination 842 --from 2017 --to 2024 "
                + "--event-year 2018 --cif-fob-margin 0.06 --top 50 --master local[2] --countries ")
                .contains("m49,iso2\n156,CN\n842,US\n704,VN\n");
        // not a terminal: the progress lines pass as they are
        assertThat(printed[1]).contains("stage 1/2: reading the store", "stage 2/2: screening 2 hubs");
    }

    @Test
    void theJobsRefusalIsTheHousesAndItsFailureIsItsOwnLastWordsNeverAStackTrace() {
        String[] refused = printed(() -> assertThatThrownBy(() -> jobs(engine.toString()).screen(asked("/tmp/refuse")))
                .isInstanceOf(InvalidInput.class).hasMessage("world job: the store holds nothing for 842 in 2017-2024"));
        assertThat(refused[1]).contains("the store holds nothing");
        printed(() -> assertThatThrownBy(() -> jobs(engine.toString()).screen(asked("/tmp/fail")))
                .isInstanceOf(WorldJobs.Failed.class)
                .hasMessage("the world job stopped with exit code 1: Spark could not start: not enough memory")
                .satisfies(e -> assertThat(e.getStackTrace()).isEmpty()));
    }

    @Test
    void anImportSaysEachFilesOutcomeAndTheRefusedOnesProblems() {
        WorldJobs.ImportReport[] report = new WorldJobs.ImportReport[1];
        String[] printed = printed(() -> report[0] = jobs(engine.toString()).importFiles(List.of("a.txt.gz", "b.txt.gz"), null, true));
        assertThat(report[0].exitCode()).isEqualTo(2);
        assertThat(report[0].anyRefused()).isTrue();
        assertThat(report[0].files()).extracting(WorldJobs.FileOutcome::outcome).containsExactly("imported", "refused");
        assertThat(report[0].files().get(0).partitions()).containsExactly("year=2019/reporter=704 (120000 rows)");
        assertThat(report[0].files().get(1).problems()).containsExactly("b.txt.gz, line 812, field primaryValue: '12,5' is not an amount");
        assertThat(report[0].rowsPerSecond()).isEqualTo(1234.5);
        // the home's store, marked synthetic
        assertThat(printed[0]).contains("args: import --store " + home.resolve("world") + " --synthetic --report ")
                .contains("a.txt.gz b.txt.gz");
    }

    @Test
    void generatePassesItsArgumentsAsGiven() {
        String[] printed = printed(() -> assertThat(jobs(engine.toString()).generate(List.of("--out", "/tmp/w", "--seed", "7"))).isZero());
        assertThat(printed[0]).contains("args: generate --out /tmp/w --seed 7", "SYNTHETIC-FINAL-CA7042019H5.txt.gz: 100 rows");
    }
}
