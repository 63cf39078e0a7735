package org.bilateral.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bilateral.shared.Said;
import org.bilateral.sources.RecordedServer.Recorded;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FetcherTest {

    private final RecordedServer server = RecordedServer.start();
    private final List<Duration> waits = new ArrayList<>();
    private final Fetcher fetcher = new Fetcher(new SourcesProperties(4, Duration.ofMillis(100), Duration.ofSeconds(30),
            Duration.ofSeconds(5), Duration.ofSeconds(2), 1 << 20, List.of()), waits::add);

    @AfterEach
    void stop() {
        server.close();
    }

    private URI at(String path) {
        return server.base().resolve(path);
    }

    private static String text(Fetcher.Answer answer) {
        String text = answer.text();
        if (!text.endsWith("]")) {
            throw new Fetcher.Malformed(Said.asWritten("not a whole JSON array"));
        }
        return text;
    }

    @Test
    void aServerErrorIsTriedAgainAfterADoublingWait() {
        server.on("/data", Recorded.status(503), Recorded.status(502), Recorded.json("[[\"a\"]]"));

        assertThat(fetcher.get(Fetcher.Request.to(at("/data")), FetcherTest::text)).isEqualTo("[[\"a\"]]");
        // 100 ms after the first failure, 200 ms after the second
        assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void tooManyRequestsWaitsAsLongAsRetryAfterAsks() {
        server.on("/data", Recorded.tooManyRequests("7"), Recorded.json("[]"));

        fetcher.get(Fetcher.Request.to(at("/data")), FetcherTest::text);

        assertThat(waits).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void anAnswerCutShortIsTriedAgain() {
        server.on("/data", Recorded.json("[[\"a\"],[\"b\"]]").cutAfter(5), Recorded.json("[[\"a\"],[\"b\"]]"));

        assertThat(fetcher.get(Fetcher.Request.to(at("/data")), FetcherTest::text)).isEqualTo("[[\"a\"],[\"b\"]]");
        assertThat(server.received()).hasSize(2);
    }

    @Test
    void aRefusalIsNotTriedAgainAndTheKeyIsNotShown() {
        server.on("/data", Recorded.status(401));

        assertThatThrownBy(() -> fetcher.get(Fetcher.Request.to(at("/data?get=A&key=SECRET")), FetcherTest::text))
                .isInstanceOf(FetchFailed.class).hasMessageContaining("401").hasMessageNotContaining("SECRET");
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void aMalformedAnswerEveryTimeFailsAfterTheLastTry() {
        server.on("/data", Recorded.ok("text/html", "<html>missing key</html>"));

        assertThatThrownBy(() -> fetcher.get(Fetcher.Request.to(at("/data")), FetcherTest::text)).isInstanceOf(FetchFailed.class)
                .hasMessageContaining("failed after 4 tries").hasMessageContaining("not a whole JSON array");
        assertThat(server.received()).hasSize(4);
    }

    @Test
    void aSlowAnswerTimesOutAndIsTriedAgain() {
        server.on("/data", Recorded.json("[]").after(3_000), Recorded.json("[1]"));

        assertThat(fetcher.get(Fetcher.Request.to(at("/data")), FetcherTest::text)).isEqualTo("[1]");
    }

    @Test
    void aKeyQuotedInAnyTextIsHiddenAsInAnAddress() {
        // an exception's message quoting the address it failed on, as a run's record and the log keep it
        assertThat(Fetcher.withoutKeys("GET https://comtradeapi.un.org/data/v1/get?reporterCode=704&subscription-key=abc123 timed out"))
                .isEqualTo("GET https://comtradeapi.un.org/data/v1/get?reporterCode=704&subscription-key=… timed out");
        assertThat(Fetcher.withoutKeys("https://api.census.gov/x?key=k1&get=A")).isEqualTo("https://api.census.gov/x?key=…&get=A");
        // self-check: a text without a key is left as it is
        assertThat(Fetcher.withoutKeys("no key here: ?monkey=1")).isEqualTo("no key here: ?monkey=1");
    }
}
