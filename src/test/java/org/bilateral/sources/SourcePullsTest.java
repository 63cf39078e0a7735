package org.bilateral.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.bilateral.WorkbenchTest;
import org.bilateral.identity.AuditTrail;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import org.bilateral.shared.Unavailable;
import org.bilateral.sources.RecordedServer.Recorded;
import org.bilateral.workbench.CommandRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every run of a source is recorded, whoever starts it and however it ends: its counts and lines when it succeeds, what
 * went wrong and the address that failed when it fails, even when the module's own transaction rolls back; two runs of
 * one source never overlap; a source without its key is skipped with the reason.
 */
@WorkbenchTest
@AutoConfigureMockMvc
@Import(TestSources.class)
class SourcePullsTest {

    @Autowired SourcePulls pulls;
    @Autowired SourcesAdministration administration;
    @Autowired TestSources.TestSource openSource;
    @Autowired Fetcher fetcher;
    @Autowired JdbcClient jdbc;
    @Autowired AuditTrail audit;
    @Autowired PlatformTransactionManager transactions;
    @Autowired ApplicationContext context;

    private final RecordedServer server = RecordedServer.start();

    @AfterEach
    void stop() {
        server.close();
        openSource.work = p -> new PullReport(0, 0, 0, List.of());
    }

    private SourceRun latest() {
        return administration.state(TestSources.OPEN).recent().get(0);
    }

    @Test
    void aSuccessfulRunIsRecordedWithItsCountsLinesAndActorAndAudited() {
        openSource.work = p -> {
            p.advance(1, 2);
            p.advance(2, 2);
            return new PullReport(2, 1, 1, List.of(Said.of("refusal.sources.status", "2025-11")));
        };

        PullReport report = pulls.pull(TestSources.OPEN, "alice", PullProgress.NONE);

        SourceRun run = latest();
        assertThat(report.stored()).isEqualTo(1);
        assertThat(run.outcome()).isEqualTo(SourceRun.Outcome.SUCCEEDED);
        assertThat(run.actor()).isEqualTo("alice");
        assertThat(List.of(run.asked(), run.stored(), run.unchanged())).containsExactly(2, 1, 1);
        assertThat(run.lines()).containsExactly(Said.of("refusal.sources.status", "2025-11"));
        assertThat(run.finishedAt()).isNotNull();
        assertThat(administration.state(TestSources.OPEN).lastSuccess()).isEqualTo(run);
        assertThat(pulls.progress(TestSources.OPEN)).as("no progress is kept once a run ended").isEmpty();
        var entry = audit.entries("alice", null, 1).get(0);
        assertThat(entry.action()).isEqualTo("source pulled");
        assertThat(entry.subject()).isEqualTo("source " + TestSources.OPEN);
        assertThat(entry.after()).contains("\"stored\": 1");
    }

    @Test
    void aFetchThatFailedIsRecordedWithWhatWentWrongAndTheAddressItsKeyHidden() {
        server.on("/data", Recorded.status(403));
        URI address = server.base().resolve("/data?get=CTY_CODE&key=secret-key-1");
        openSource.work = p -> fetcher.get(Fetcher.Request.to(address), a -> new PullReport(1, 0, 0, List.of()));

        assertThatThrownBy(() -> pulls.pull(TestSources.OPEN, "schedule", PullProgress.NONE)).isInstanceOf(FetchFailed.class);

        SourceRun run = latest();
        assertThat(run.outcome()).isEqualTo(SourceRun.Outcome.FAILED);
        assertThat(run.actor()).isEqualTo("schedule");
        assertThat(run.failure()).isEqualTo(Said.of("refusal.sources.refused", "403"));
        assertThat(run.failedAddress()).endsWith("/data?get=CTY_CODE&key=…").doesNotContain("secret-key-1");
        assertThat(administration.state(TestSources.OPEN).lastFailure()).isEqualTo(run);
        assertThat(audit.entries("schedule", null, 1).get(0).after()).doesNotContain("secret-key-1").contains("key=…");
    }

    @Test
    void anAnswerRefusedAsDataIsRecordedByItsProblemEvenWhenTheModulesTransactionRollsBack() {
        InputProblem problem = new InputProblem("census answer", InputProblem.line(3), "CTY_CODE", Said.of("refusal.sources.status", "5700"));
        openSource.work = p -> {
            // the module stores something in its transaction, then refuses the answer: its transaction rolls back
            jdbc.sql("insert into audit_entry (actor, action, subject) values ('module', 'half a document', 'none')").update();
            throw new InvalidInput(List.of(problem));
        };
        TransactionTemplate modules = new TransactionTemplate(transactions);

        assertThatThrownBy(() -> modules.executeWithoutResult(t ->
                pulls.run(TestSources.OPEN, "cli:bob", openSource::pull, PullProgress.NONE))).isInstanceOf(InvalidInput.class);

        SourceRun run = latest();
        assertThat(run.outcome()).isEqualTo(SourceRun.Outcome.FAILED);
        // the whole problem, its place nested in it, read back from the record as it was said
        assertThat(run.failure()).isEqualTo(problem.said());
        assertThat(run.failure().english()).contains("census answer", "line 3", "CTY_CODE", "the source answered 5700");
        assertThat(run.failedAddress()).isNull();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'half a document'").query(Long.class).single())
                .as("the module's half a document rolled back").isZero();
        assertThat(audit.entries("cli:bob", null, 1).get(0).action()).isEqualTo("source pull failed");
    }

    @Test
    void aSecondRunOfASourceIsRefusedWhileTheFirstGoesAndTheFirstIsUndisturbed() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        openSource.work = p -> {
            started.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new PullReport(1, 1, 0, List.of());
        };
        CompletableFuture<PullReport> first = CompletableFuture.supplyAsync(() -> pulls.pull(TestSources.OPEN, "alice", PullProgress.NONE));
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        try {
            assertThatThrownBy(() -> pulls.pull(TestSources.OPEN, "schedule", PullProgress.NONE))
                    .isInstanceOfSatisfying(Unavailable.class,
                            e -> assertThat(e.said().english()).isEqualTo("ZZQX OPEN is being pulled already; this run waits for none and was not started"));
            assertThat(administration.state(TestSources.OPEN).running()).isNotNull();
        } finally {
            release.countDown();
        }
        assertThat(first.get(30, TimeUnit.SECONDS).stored()).isEqualTo(1);
        assertThat(latest().outcome()).isEqualTo(SourceRun.Outcome.SUCCEEDED);
        assertThat(latest().actor()).isEqualTo("alice");
        assertThat(administration.state(TestSources.OPEN).running()).isNull();
    }

    @Test
    void aRunLeftRunningByAProcessLongGoneIsRecordedFailedAndNoLongerBlocks() {
        Instant sevenHoursAgo = Instant.now().minus(7, ChronoUnit.HOURS);
        long stale = jdbc.sql("insert into source_run (source_id, actor, started_at, outcome) values (:s, 'gone', :at, 'running') returning id")
                .param("s", TestSources.OPEN).param("at", sevenHoursAgo.atOffset(ZoneOffset.UTC)).query(Long.class).single();

        pulls.pull(TestSources.OPEN, "alice", PullProgress.NONE);

        SourceRun abandoned = administration.run(stale).orElseThrow();
        assertThat(abandoned.outcome()).isEqualTo(SourceRun.Outcome.FAILED);
        assertThat(abandoned.failure()).isEqualTo(Said.of("refusal.sources.abandoned"));
        assertThat(latest().outcome()).isEqualTo(SourceRun.Outcome.SUCCEEDED);
    }

    @Test
    void aSourceWithoutItsKeyIsSkippedWithTheReasonRecorded() {
        assertThatThrownBy(() -> pulls.pull(TestSources.KEYED, "schedule", PullProgress.NONE))
                .isInstanceOfSatisfying(Unavailable.class, e -> assertThat(e.said().key()).isEqualTo("refusal.sources.noKey"));

        SourceRun run = administration.state(TestSources.KEYED).recent().get(0);
        assertThat(run.outcome()).isEqualTo(SourceRun.Outcome.SKIPPED);
        assertThat(run.failure()).isNotNull();
        assertThat(run.failure().english()).contains("no key for ZZQX KEYED", "BILATERAL_TEST_KEYED_KEY", "keys/test-keyed");
        assertThat(administration.state(TestSources.KEYED).notReady()).isEqualTo(run.failure());
    }

    @Test
    void onTheTerminalAFailureIsOneLineAndANonZeroExitAndASuccessItsCounts() {
        server.on("/data", Recorded.status(404));
        URI address = server.base().resolve("/data?key=secret-key-2");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int failed = pulls.runOnTerminal(TestSources.OPEN, p -> fetcher.get(Fetcher.Request.to(address), a -> new PullReport(1, 0, 0, List.of())),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(failed).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).hasLineCount(1)
                .contains("the source refused the request with 404", "key=…").doesNotContain("secret-key-2", "Exception", "\tat ");
        out.reset();
        int succeeded = pulls.runOnTerminal(TestSources.OPEN, p -> new PullReport(3, 2, 1, List.of()),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(succeeded).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("test-open: 3 asked, 2 stored, 1 unchanged");
        int refused = pulls.pullOnTerminal(TestSources.KEYED, System.out, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(refused).isEqualTo(1);
    }

    @Test
    void pullStatusSaysEachSourcesKeyScheduleAndLastRunsAsThePageDoes() {
        openSource.work = p -> new PullReport(4, 3, 1, List.of());
        pulls.pull(TestSources.OPEN, "alice", PullProgress.NONE);

        CommandRun run = CommandRun.of(context, "pull", "status");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("test-open  ZZQX OPEN", "key:          none needed", "last success: ", "by alice: 4 asked, 3 stored, 1 unchanged",
                "test-keyed", "missing: looked for in bilateral.sources.test-keyed.key, BILATERAL_TEST_KEYED_KEY", "next run:     none planned",
                "schedule:     - (UTC), runs only when asked");
        assertThat(CommandRun.of(context, "pull", "status", "nothing-such").exitCode()).isNotZero();
    }

    static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
