package org.bilateral.tradestats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bilateral.WorkbenchTest;
import org.bilateral.sources.RecordedServer;
import org.bilateral.sources.RecordedServer.Recorded;
import org.bilateral.tradestats.TradeStatisticsFixture;
import org.bilateral.workbench.CommandRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code bilateral pull comtrade} as a user types it, against a local server answering as Comtrade does. */
@WorkbenchTest
class PullComtradeCommandTest {

    static final RecordedServer SERVER = RecordedServer.start();

    @DynamicPropertySource
    static void comtradeIsTheLocalServer(DynamicPropertyRegistry registry) {
        registry.add("bilateral.sources.comtrade.base", () -> SERVER.base().toString());
        registry.add("bilateral.sources.comtrade.key", () -> "cli-test-key");
        registry.add("bilateral.sources.comtrade.pacing", () -> "0s");
        registry.add("bilateral.sources.first-backoff", () -> "10ms");
        registry.add("bilateral.sources.attempts", () -> "2");
    }

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    static Recorded recorded(String name) {
        try {
            return Recorded.json(Files.readString(Path.of("src/test/resources/tradestats/recorded/" + name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void pullComtradeStoresWhatIsNewSaysWhatItDidAndAPullAgainStoresNothing() {
        TradeStatisticsFixture.clear(jdbc);
        SERVER.on("/data/v1/get/C/M/HS", recorded("comtrade-vn-imports-2025-01-to-03.json"),
                recorded("comtrade-vn-exports-2025-01-to-03.json"), recorded("comtrade-vn-imports-2025-01-to-03.json"),
                recorded("comtrade-vn-exports-2025-01-to-03.json"), Recorded.status(503));

        CommandRun first = CommandRun.of(context, "pull", "comtrade", "--reporter", "VN", "--partner", "US", "--from", "2025-01",
                "--to", "2025-03");
        CommandRun again = CommandRun.of(context, "pull", "comtrade", "--from", "2025-01", "--to", "2025-03");
        CommandRun failing = CommandRun.of(context, "pull", "comtrade", "--from", "2025-01", "--to", "2025-03");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("VN imports, 202501: 4 figures stored as import #", "VN exports, 202503: not published by Comtrade yet",
                "2 calls to UN Comtrade; 4 periods stored, 0 already held unchanged.");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("VN imports, 202502: unchanged, already held as import #",
                "2 calls to UN Comtrade; 0 periods stored, 4 already held unchanged.");
        assertThat(failing.exitCode()).isEqualTo(2);
        assertThat(failing.err()).contains("failed after 2 tries; the last: the source answered 503",
                "Nothing of the failed answer was stored").doesNotContain("cli-test-key");
    }

    @Test
    void aMonthThatIsNoMonthIsRefusedByItsOption() {
        CommandRun run = CommandRun.of(context, "pull", "comtrade", "--from", "2025-13");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--from", "2025-13 is not a month (YYYY-MM)");
    }
}
