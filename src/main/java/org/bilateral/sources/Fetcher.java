package org.bilateral.sources;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The one way a pull reaches the outside: the JDK's {@link HttpClient} with timeouts, a bound on an answer's size, and
 * tries again with a doubling wait after a timeout, a dropped connection, a {@code 429} (waiting as long as its
 * {@code Retry-After} asks, up to the longest wait), a {@code 5xx}, or an answer its reading refuses as malformed or
 * truncated. Any other {@code 4xx} (a wrong key, a wrong address) is not tried again: it would answer the same.
 */
@Component
@EnableConfigurationProperties(SourcesProperties.class)
public class Fetcher {

    private static final Logger log = LoggerFactory.getLogger(Fetcher.class);

    /**
     * Query parameters that carry a key, hidden wherever an address is shown or logged; a key ends at the next parameter
     * or, in a message that quotes the address, at the next space.
     */
    private static final Pattern KEY_IN_QUERY = Pattern.compile("(?i)([?&](?:key|subscription-key|api_key|apikey|token)=)[^&\\s]*");

    /** A header sent with a request: a key header such as Comtrade's {@code Ocp-Apim-Subscription-Key}, or Accept. */
    public record Header(String name, String value) {
    }

    /**
     * One request.
     *
     * @param address where
     * @param headers what is sent with it
     * @param pacing  the least time between two requests to the same host (a source's calls-per-minute limit); zero
     *                for none
     */
    public record Request(URI address, List<Header> headers, Duration pacing) {

        public Request {
            headers = List.copyOf(headers);
        }

        public static Request to(URI address) {
            return new Request(address, List.of(), Duration.ZERO);
        }

        public Request with(String name, String value) {
            List<Header> more = new ArrayList<>(headers);
            more.add(new Header(name, value));
            return new Request(address, more, pacing);
        }

        public Request pacedAt(Duration least) {
            return new Request(address, headers, least);
        }
    }

    /** An answer: its status, its bytes and its headers. A {@code 204} has no bytes. */
    public record Answer(URI address, int status, byte[] body, HttpHeaders headers) {

        /** The body as text in the charset the answer names, UTF-8 when it names none. */
        public String text() {
            Charset charset = headers.firstValue("Content-Type").flatMap(Answer::charsetOf).orElse(StandardCharsets.UTF_8);
            return new String(body, charset);
        }

        private static Optional<Charset> charsetOf(String contentType) {
            for (String part : contentType.split(";")) {
                String p = part.strip();
                if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                    try {
                        return Optional.of(Charset.forName(p.substring(8).replace("\"", "").strip()));
                    } catch (RuntimeException unknown) {
                        return Optional.empty();
                    }
                }
            }
            return Optional.empty();
        }
    }

    /** Reads an answer into what the pull needs, throwing {@link Malformed} when it is not what the source sends. */
    @FunctionalInterface
    public interface Reading<T> {
        T read(Answer answer);
    }

    /** An answer that is not in the source's format (cut short, an error page, not JSON): tried again, then reported. */
    public static class Malformed extends RuntimeException {

        private final Said said;

        public Malformed(Said said) {
            super(said.english());
            this.said = said;
        }

        public Said said() {
            return said;
        }
    }

    /** How the fetcher waits between tries: a real sleep, replaced in no test (tests shorten the waits instead). */
    interface Waiting {
        void sleep(Duration wait) throws InterruptedException;
    }

    private final SourcesProperties properties;
    private final HttpClient client;
    private final Waiting waiting;
    private final Map<String, Instant> lastCall = new ConcurrentHashMap<>();

    @Autowired
    Fetcher(SourcesProperties properties) {
        this(properties, wait -> Thread.sleep(wait.toMillis()));
    }

    Fetcher(SourcesProperties properties, Waiting waiting) {
        this.properties = properties;
        this.waiting = waiting;
        this.client = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Fetches and reads the answer, trying again as the class says; throws {@link FetchFailed} when every try failed. */
    public <T> T get(Request request, Reading<T> reading) {
        Said lastProblem = Said.of("refusal.sources.notTried");
        Duration backoff = properties.firstBackoff();
        for (int attempt = 1; attempt <= properties.attempts(); attempt++) {
            Duration wait = backoff;
            try {
                pace(request);
                Answer answer = send(request);
                int status = answer.status();
                if (status == 429 || status >= 500 || status == 408) {
                    lastProblem = Said.of("refusal.sources.status", String.valueOf(status));
                    Optional<Duration> asked = retryAfter(answer.headers());
                    if (asked.isPresent() && asked.get().compareTo(backoff) > 0) {
                        wait = asked.get();
                    }
                } else if (status >= 400) {
                    throw new FetchFailed(request.address(), Said.of("refusal.sources.refused", String.valueOf(status)));
                } else {
                    return reading.read(answer);
                }
            } catch (Malformed e) {
                lastProblem = e.said();
            } catch (HttpTimeoutException e) {
                lastProblem = Said.of("refusal.sources.timedOut");
            } catch (InterruptedIOException | InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchFailed(request.address(), Said.of("refusal.sources.interrupted"));
            } catch (IOException e) {
                lastProblem = Said.of("refusal.sources.unreachable", String.valueOf(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            }
            if (attempt < properties.attempts()) {
                Duration capped = wait.compareTo(properties.longestBackoff()) > 0 ? properties.longestBackoff() : wait;
                log.warn("{}: {}; trying again in {} ms (try {} of {})", withoutKeys(request.address()), lastProblem.english(),
                        capped.toMillis(), attempt + 1, properties.attempts());
                try {
                    waiting.sleep(capped);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new FetchFailed(request.address(), Said.of("refusal.sources.interrupted"));
                }
                backoff = backoff.multipliedBy(2);
            }
        }
        throw new FetchFailed(request.address(), Said.of("refusal.sources.gaveUp", String.valueOf(properties.attempts()), lastProblem));
    }

    private void pace(Request request) throws InterruptedException {
        if (request.pacing().isZero()) {
            return;
        }
        String host = String.valueOf(request.address().getHost()) + ":" + request.address().getPort();
        Instant last = lastCall.get(host);
        if (last != null) {
            Duration since = Duration.between(last, Instant.now());
            if (since.compareTo(request.pacing()) < 0) {
                waiting.sleep(request.pacing().minus(since));
            }
        }
        lastCall.put(host, Instant.now());
    }

    private Answer send(Request request) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.address()).timeout(properties.answerTimeout()).GET()
                .header("User-Agent", "Bilateral workbench");
        request.headers().forEach(h -> builder.header(h.name(), h.value()));
        HttpResponse<InputStream> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, properties.largestAnswer() + 1));
            if (body.length > properties.largestAnswer()) {
                throw new FetchFailed(request.address(), Said.of("refusal.sources.tooLarge", properties.largestAnswer()));
            }
            return new Answer(request.address(), response.statusCode(), body, response.headers());
        }
    }

    /** A {@code Retry-After} of seconds or of an HTTP date, as a wait from now. */
    static Optional<Duration> retryAfter(HttpHeaders headers) {
        Optional<String> value = headers.firstValue("Retry-After").map(String::strip);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String v = value.get();
        if (v.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration until = Duration.between(Instant.now(), at);
            return Optional.of(until.isNegative() ? Duration.ZERO : until);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The address with every key in its query replaced by {@code …}, for pages and logs. */
    public static String withoutKeys(@Nullable URI address) {
        return address == null ? "" : withoutKeys(address.toString());
    }

    /** Any text (an exception's message that quotes an address) with every key in a query replaced by {@code …}. */
    public static String withoutKeys(String text) {
        return KEY_IN_QUERY.matcher(text).replaceAll("$1…");
    }
}
