package org.bilateral.doors;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.apache.coyote.InputBuffer;
import org.apache.tomcat.util.net.ApplicationBufferHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * What one client may hold of the server. Each request being served holds one of the server's threads while its body
 * is read, and a client that sends its body a byte every few seconds holds it for as long as it likes: a few hundred
 * such requests, no login needed, and nobody else is served. So, before anything of the application runs:
 * <ul>
 * <li>one address has at most {@code bilateral.http.requests-per-address} requests in progress; one more is answered
 * 429 at once, with Retry-After, without its body being read;</li>
 * <li>a body must come at {@code bilateral.http.body-rate} on average once the server has waited
 * {@code bilateral.http.body-grace} for it; a slower one is abandoned and its connection closed. Only the time spent
 * waiting for the client counts, never the time the application takes before it reads;</li>
 * <li>a body the application did not read (a refusal answered before it) is not waited for either: the connection is
 * closed rather than kept open for a slow client to finish sending it.</li>
 * </ul>
 * Tomcat's own connection timeout ({@code server.tomcat.connection-timeout}) bounds each single wait, so a request
 * holds a thread for at most the grace and one such wait.
 */
@Component
class ClientLimits implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final int requestsPerAddress;
    private final Duration bodyGrace;
    private final DataSize bodyRate;

    ClientLimits(@Value("${bilateral.http.requests-per-address}") int requestsPerAddress,
                 @Value("${bilateral.http.body-grace}") Duration bodyGrace,
                 @Value("${bilateral.http.body-rate}") DataSize bodyRate) {
        if (requestsPerAddress < 1 || requestsPerAddress > 10_000) {
            throw new IllegalArgumentException("bilateral.http.requests-per-address is " + requestsPerAddress
                    + ": it must be from 1 to 10000");
        }
        if (bodyGrace.compareTo(Duration.ofSeconds(1)) < 0 || bodyGrace.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("bilateral.http.body-grace is " + bodyGrace + ": it must be from 1s to 10m");
        }
        if (bodyRate.toBytes() < 1 || bodyRate.toBytes() > DataSize.ofMegabytes(100).toBytes()) {
            throw new IllegalArgumentException("bilateral.http.body-rate is " + bodyRate + ": it must be from 1B to 100MB (a second)");
        }
        this.requestsPerAddress = requestsPerAddress;
        this.bodyGrace = bodyGrace;
        this.bodyRate = bodyRate;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addEngineValves(new Limits(requestsPerAddress, bodyGrace.toNanos(), bodyRate.toBytes()));
    }

    /** A valve rather than a servlet filter: only Tomcat's own request can stop it swallowing a body nobody reads. */
    static final class Limits extends ValveBase {

        private final int requestsPerAddress;
        private final long graceNanos;
        private final long bytesPerSecond;
        private final ConcurrentHashMap<String, Integer> inProgress = new ConcurrentHashMap<>();

        Limits(int requestsPerAddress, long graceNanos, long bytesPerSecond) {
            super(true);
            this.requestsPerAddress = requestsPerAddress;
            this.graceNanos = graceNanos;
            this.bytesPerSecond = bytesPerSecond;
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            String address = request.getRemoteAddr();
            int now = inProgress.merge(address, 1, Integer::sum);
            try {
                if (now > requestsPerAddress) {
                    request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
                    response.setHeader("Retry-After", "5");
                    ProblemResponse.write(response, 429, "Too Many Requests", String.format(
                            "this address has %d requests in progress, the most one address may have; try again in a few seconds",
                            requestsPerAddress));
                    return;
                }
                org.apache.coyote.Request coyote = request.getCoyoteRequest();
                InputBuffer body = coyote.getInputBuffer();
                coyote.setInputBuffer(new Paced(body, coyote, graceNanos, bytesPerSecond));
                try {
                    getNext().invoke(request, response);
                } finally {
                    // Tomcat keeps one coyote request per connection and reuses it for the next request on it.
                    coyote.setInputBuffer(body);
                }
                if (!request.isAsyncStarted()) {
                    AtomicBoolean read = new AtomicBoolean();
                    coyote.action(ActionCode.REQUEST_BODY_FULLY_READ, read);
                    if (!read.get()) {
                        coyote.action(ActionCode.DISABLE_SWALLOW_INPUT, null);
                    }
                }
            } finally {
                inProgress.computeIfPresent(address, (a, n) -> n == 1 ? null : n - 1);
            }
        }
    }

    /** A body read through Tomcat, timed while the server waits for it, abandoned when it comes too slowly. */
    static final class Paced implements InputBuffer {

        private final InputBuffer body;
        private final org.apache.coyote.Request request;
        private final long graceNanos;
        private final long bytesPerSecond;
        private long waitedNanos;
        private long read;

        Paced(InputBuffer body, org.apache.coyote.Request request, long graceNanos, long bytesPerSecond) {
            this.body = body;
            this.request = request;
            this.graceNanos = graceNanos;
            this.bytesPerSecond = bytesPerSecond;
        }

        @Override
        public int doRead(ApplicationBufferHandler handler) throws IOException {
            long start = System.nanoTime();
            int n = body.doRead(handler);
            waitedNanos += System.nanoTime() - start;
            if (n > 0) {
                read += n;
                if (tooSlow(read, waitedNanos, graceNanos, bytesPerSecond)) {
                    request.action(ActionCode.DISABLE_SWALLOW_INPUT, null);
                    throw new SocketTimeoutException(String.format("the request body came at %d bytes in %d ms, slower than "
                            + "%d bytes a second", read, waitedNanos / 1_000_000, bytesPerSecond));
                }
            }
            return n;
        }

        @Override
        public int available() {
            return body.available();
        }
    }

    /** Whether {@code read} bytes in {@code waitedNanos} of waiting are too few: never within the grace. */
    static boolean tooSlow(long read, long waitedNanos, long graceNanos, long bytesPerSecond) {
        return waitedNanos > graceNanos && read < bytesPerSecond * (waitedNanos / 1e9);
    }
}
