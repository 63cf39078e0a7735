package org.bilateral.world.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bilateral.WorkbenchTest;
import org.bilateral.workbench.CommandRun;
import org.bilateral.world.WorldRunFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code bilateral world} as a user types it: a run loaded and listed, and without the world engine (the tests never run
 * Spark: the integrator's end-to-end test does, with the built world module) the jobs refused with the way to build it.
 */
@WorkbenchTest
class WorldCommandTest {

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    @Autowired ConfigurableEnvironment environment;

    /** A world run left behind would stand in the brief of every test after this one (a synthetic run makes it synthetic). */
    @AfterEach
    void noWorldRunLeftBehind() {
        org.bilateral.world.WorldRunFixture.clear(jdbc);
    }

    @BeforeEach
    void noRun() {
        WorldRunFixture.clear(jdbc);
    }

    @Test
    void aRunIsLoadedThenListedAndTheSameFileAgainIsTheRunHeld(@TempDir Path dir) throws Exception {
        assertThat(CommandRun.of(context, "world", "runs").out()).contains("No world run held: run 'bilateral world screen");
        Path file = Files.write(dir.resolve("RUN.json"), WorldRunFixture.bytes());
        CommandRun loaded = CommandRun.of(context, "world", "load", file.toString());
        assertThat(loaded.exitCode()).as(loaded.err()).isZero();
        // Mexico 40.0% first by bound, Vietnam 27.0% second; Vietnam's line as the page says it
        assertThat(loaded.out()).contains("Loaded " + file + " as run #", "CN → US 2017–2024, event 2018, 2 hubs",
                "MX  bound rank 1  40.0% ($20 bn of $50 bn in 2024)  Freund rank 2: 1 product",
                "VN  bound rank 2  27.0% ($12.3 bn of $45.6 bn in 2024)  Freund rank 1: 2 products",
                "Of 2 hubs screened for CN → US 2017–2024, Vietnam ranks 2nd by rerouting bound");
        assertThat(CommandRun.of(context, "world", "load", file.toString()).out()).contains("is already held as run #");
        assertThat(CommandRun.of(context, "world", "runs").out()).contains("CN → US 2017–2024, event 2018, 2 hubs", "local[2] (Spark 4.1.1, 70 s)",
                "1,234,567 flows read");
    }

    @Test
    void aRunRefusedSaysEachProblemAndStoresNothing(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("RUN.json"), WorldRunFixture.with("\"top\": 1", "\"top\": 0"));
        CommandRun refused = CommandRun.of(context, "world", "load", file.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("error: RUN.json, field top: '0' is not a whole number from 1 to 1000", "Nothing was stored.")
                .doesNotContain("Exception");
        assertThat(WorldRunFixture.rows(jdbc)).isZero();
    }

    @Test
    void withoutTheWorldEngineTheJobsAreRefusedWithTheWayToBuildIt() {
        // run-tests names the built engine (BILATERAL_WORLD): this test takes it away, as a jar run outside the checkout has none
        environment.getPropertySources().addFirst(new MapPropertySource("no engine", java.util.Map.of("bilateral.world.engine", "")));
        try {
            for (String[] args : new String[][] {{"world", "screen", "--from", "2017", "--to", "2024"}, {"world", "import", "a.txt.gz"},
                {"world", "generate", "--out", "x"}}) {
                CommandRun run = CommandRun.of(context, args);
                assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
                assertThat(run.err()).contains("error: the world engine is not built: run ./bilateral world … from the checkout, or "
                        + "`cd world && ../mvnw package`").doesNotContain("Exception");
            }
            CommandRun unknown = CommandRun.of(context, "world", "screen", "--origin", "ZZ", "--from", "2017", "--to", "2024");
            assertThat(unknown.exitCode()).isEqualTo(2);
            assertThat(unknown.err()).contains("error: world screen, field --origin: ZZ is not a country of the reference data");
        } finally {
            environment.getPropertySources().remove("no engine");
        }
    }

    /**
     * With an engine (the stand-in job: org.bilateral.world.StandInJob) the commands print what the job did: each file's
     * outcome, and the run the screen wrote, loaded, with Vietnam's line.
     */
    @Test
    void withAnEngineImportSaysEachFileAndScreenLoadsTheRunTheJobWrote(@TempDir Path dir) throws Exception {
        Path engine = org.bilateral.world.StandInJob.build(Files.createDirectories(dir.resolve("engine")));
        Path fixture = Files.write(dir.resolve("fixture.json"), WorldRunFixture.bytes());
        environment.getPropertySources().addFirst(new MapPropertySource("stand-in engine", java.util.Map.of("bilateral.world.engine",
                engine.toString(), "bilateral.world.java-options", "-Xmx64m")));
        try {
            CommandRun imported = CommandRun.of(context, "world", "import", "a.txt.gz", "b.txt.gz");
            assertThat(imported.exitCode()).as("a file refused").isEqualTo(2);
            assertThat(imported.out()).contains("a.txt.gz: imported, 120,000 rows kept, 1 partition", "  year=2019/reporter=704 (120000 rows)",
                    "b.txt.gz: refused, 0 rows kept, 0 partitions", "  error: b.txt.gz, line 812, field primaryValue: '12,5' is not an amount",
                    // 1,234.5 rows a second, to the row (half up): 1,235
                    "1,235 rows a second.");
            CommandRun screened = CommandRun.of(context, "world", "screen", "--from", "2017", "--to", "2024", "--store", fixture.toString());
            assertThat(screened.exitCode()).as(screened.err()).isZero();
            assertThat(screened.out()).contains("--origin 156 --destination 842 --from 2017 --to 2024 --event-year 2018", "as run #",
                    "Of 2 hubs screened for CN → US 2017–2024, Vietnam ranks 2nd by rerouting bound");
            assertThat(screened.err()).contains("stage 2/2: screening 2 hubs");
            CommandRun failed = CommandRun.of(context, "world", "screen", "--from", "2017", "--to", "2024", "--store", "/tmp/fail");
            assertThat(failed.exitCode()).isEqualTo(1);
            assertThat(failed.err()).contains("error: the world job stopped with exit code 1: Spark could not start: not enough memory")
                    .doesNotContain("Exception");
        } finally {
            environment.getPropertySources().remove("stand-in engine");
        }
    }
}
