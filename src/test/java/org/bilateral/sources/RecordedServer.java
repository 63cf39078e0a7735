package org.bilateral.sources;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A real HTTP server on the loopback answering with recorded answers in the sources' real formats, and with their
 * failures (a status, a {@code Retry-After}, an answer cut short, a slow answer), so that no test reaches outside the
 * machine. Answers are given per path, in the order they were queued; the last one queued for a path repeats. Every
 * request is kept, for a test to check what was asked.
 */
public final class RecordedServer implements AutoCloseable {

    /** One recorded answer. {@code cutAfter} bytes are sent of a body announced whole, when it is not negative. */
    public record Recorded(int status, String contentType, byte[] body, Map<String, String> headers, int cutAfter, long delayMillis) {

        public static Recorded ok(String contentType, String body) {
            return new Recorded(200, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of(), -1, 0);
        }

        public static Recorded json(String body) {
            return ok("application/json;charset=utf-8", body);
        }

        public static Recorded status(int status) {
            return new Recorded(status, "text/plain", ("status " + status).getBytes(StandardCharsets.UTF_8), Map.of(), -1, 0);
        }

        public static Recorded tooManyRequests(String retryAfter) {
            return new Recorded(429, "application/json", "{\"statusCode\": 429, \"message\": \"Rate limit is exceeded.\"}"
                    .getBytes(StandardCharsets.UTF_8), Map.of("Retry-After", retryAfter), -1, 0);
        }

        /** The same answer, announced whole and cut after {@code bytes}: the connection drops mid-answer. */
        public Recorded cutAfter(int bytes) {
            return new Recorded(status, contentType, body, headers, bytes, delayMillis);
        }

        /** The same answer, sent after {@code millis}. */
        public Recorded after(long millis) {
            return new Recorded(status, contentType, body, headers, cutAfter, millis);
        }
    }

    /** A request as the server received it. */
    public record Received(String method, URI uri, Map<String, List<String>> headers) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().get(0)).orElse("");
        }
    }

    private final HttpServer server;
    private final Map<String, Deque<Recorded>> answers = new LinkedHashMap<>();
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());

    private RecordedServer(HttpServer server) {
        this.server = server;
    }

    public static RecordedServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            RecordedServer recorded = new RecordedServer(server);
            server.createContext("/", recorded::answer);
            server.start();
            return recorded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server's base address, {@code http://127.0.0.1:PORT}. */
    public URI base() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort());
    }

    /** Queues answers for a path (without its query); the last repeats. */
    public synchronized RecordedServer on(String path, Recorded... recorded) {
        Deque<Recorded> queue = answers.computeIfAbsent(path, p -> new ArrayDeque<>());
        queue.addAll(List.of(recorded));
        return this;
    }

    public List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI(), Map.copyOf(exchange.getRequestHeaders())));
        Recorded recorded = next(exchange.getRequestURI().getPath());
        try (exchange) {
            if (recorded.delayMillis() > 0) {
                try {
                    Thread.sleep(recorded.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            exchange.getResponseHeaders().set("Content-Type", recorded.contentType());
            recorded.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
            if (recorded.status() == 204 || recorded.status() == 304) {
                exchange.sendResponseHeaders(recorded.status(), -1);
                return;
            }
            exchange.sendResponseHeaders(recorded.status(), recorded.body().length);
            OutputStream out = exchange.getResponseBody();
            if (recorded.cutAfter() >= 0) {
                out.write(recorded.body(), 0, Math.min(recorded.cutAfter(), recorded.body().length));
                out.flush();
                // closing the exchange before the announced length is sent drops the connection mid-answer
                return;
            }
            out.write(recorded.body());
        }
    }

    private synchronized Recorded next(String path) {
        Deque<Recorded> queue = answers.get(path);
        if (queue == null || queue.isEmpty()) {
            return Recorded.status(404);
        }
        return queue.size() > 1 ? queue.poll() : queue.peek();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
