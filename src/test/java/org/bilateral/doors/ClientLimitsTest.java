package org.bilateral.doors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bilateral.WorkbenchTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The real server on the loopback, with four threads so that a handful of slow clients would be enough to hold them
 * all: clients sending a login form a byte a second, no login needed, and meanwhile another user asks for a page.
 * Every loop here is bounded: a slow client sends for at most twelve seconds, then stops by itself.
 */
@WorkbenchTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {
        "server.tomcat.threads.max=4",
        "server.tomcat.threads.min-spare=1",
        "bilateral.http.requests-per-address=2",
        "bilateral.http.body-grace=2s"})
class ClientLimitsTest {

    static final int SLOW_CLIENTS = 6;
    static final int SECONDS_OF_SENDING = 12;

    @LocalServerPort int port;

    @BeforeAll
    static void otherLoopbackAddresses() {
        // Linux answers on all of 127.0.0.0/8, which lets one machine play several clients; other systems may not.
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress("127.0.0.2", 0));
        } catch (IOException e) {
            assumeTrue(false, "this system cannot send from 127.0.0.2, so several clients cannot be played: " + e.getMessage());
        }
    }

    @Test
    void slowClientsFromOneAddressAreHeldToItsShareAndOthersAreServed() throws Exception {
        List<String> slow = whileSlowClientsSend(i -> "127.0.0.2", this::anotherUserAsksForTheLoginPage);

        // six slow clients from one address, two of which may be in progress: 6 - 2 = 4 refused at once
        assertThat(slow).filteredOn(answer -> answer.startsWith("HTTP/1.1 429")).hasSize(SLOW_CLIENTS - 2);
        assertThat(slow).as("every slow client was ended by the server, none left sending").doesNotContain(STILL_SENDING);
    }

    @Test
    void slowClientsFromManyAddressesHaveTheirBodiesAbandonedAndOthersAreServed() throws Exception {
        List<String> slow = whileSlowClientsSend(i -> "127.0.0." + (11 + i), this::anotherUserAsksForTheLoginPage);

        assertThat(slow).as("one slow client an address: none refused for its address").noneMatch(a -> a.startsWith("HTTP/1.1 429"));
        assertThat(slow).as("every slow client was ended by the server, none left sending").doesNotContain(STILL_SENDING);
    }

    @Test
    void aBodyIsTooSlowOnlyOnceTheGraceIsOverAndItsAverageIsBelowTheRate() {
        long grace = Duration.ofSeconds(10).toNanos();
        long rate = 16 * 1024; // 16 KB a second = 16,384 bytes
        long elevenSeconds = Duration.ofSeconds(11).toNanos();

        // a login form of 100 bytes in 11 s of waiting: 100 < 16,384 x 11 = 180,224
        assertThat(ClientLimits.tooSlow(100, elevenSeconds, grace, rate)).isTrue();
        // 200,000 bytes in the same 11 s: 200,000 >= 180,224
        assertThat(ClientLimits.tooSlow(200_000, elevenSeconds, grace, rate)).isFalse();
        // one byte in 9.9 s: still within the 10 s grace, whatever the rate
        assertThat(ClientLimits.tooSlow(1, Duration.ofMillis(9_900).toNanos(), grace, rate)).isFalse();
    }

    static final String STILL_SENDING = "still sending";

    /** Another user, from 127.0.0.1, asks for the login page while the slow clients send. */
    private void anotherUserAsksForTheLoginPage() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Future<HttpResponse<String>> answer = client.sendAsync(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        // Not a measure of speed: a bound so that a server held by the slow clients fails the test instead of hanging it.
        HttpResponse<String> page = answer.get(10, TimeUnit.SECONDS);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("name=\"password\"");
        // a request whose whole body was read (here none) keeps its connection for the next: only unread bodies close it
        assertThat(answersToTwoRequestsOnOneConnection()).isEqualTo(2);
    }

    /** How many answers two requests sent together on one connection get: the second only if it is kept open. */
    private int answersToTwoRequestsOnOneConnection() throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(10_000);
            String get = "GET /login HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n";
            socket.getOutputStream().write((get + "\r\n" + get + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answers = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return answers.split("HTTP/1.1 200", -1).length - 1;
        }
    }

    interface Addresses {
        String of(int client);
    }

    interface Meanwhile {
        void run() throws Exception;
    }

    /** Starts the slow clients, runs what another user does once they all hold a connection, and returns their answers. */
    private List<String> whileSlowClientsSend(Addresses from, Meanwhile meanwhile) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(SLOW_CLIENTS);
        try {
            CountDownLatch sending = new CountDownLatch(SLOW_CLIENTS);
            List<Future<String>> clients = new ArrayList<>();
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                String address = from.of(i);
                clients.add(pool.submit(() -> sendSlowly(address, sending)));
            }
            assertThat(sending.await(10, TimeUnit.SECONDS)).as("the slow clients connected").isTrue();
            // Let the server take the slow requests up first, as it would when they come before the user.
            Thread.sleep(500);
            meanwhile.run();
            List<String> answers = new ArrayList<>();
            for (Future<String> client : clients) {
                answers.add(client.get(SECONDS_OF_SENDING + 10, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A login form of 100 bytes sent a byte a second for at most twelve seconds: the first line of what the server
     * answered, "closed" when it closed the connection without an answer, or "still sending".
     */
    private String sendSlowly(String from, CountDownLatch sending) throws Exception {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(200);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(("POST /login HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            sending.countDown();
            byte[] answer = new byte[256];
            for (int second = 0; second < SECONDS_OF_SENDING; second++) {
                try {
                    int n = in.read(answer);
                    if (n < 0) {
                        return "closed";
                    }
                    return new String(answer, 0, n, StandardCharsets.US_ASCII).lines().findFirst().orElse("");
                } catch (SocketTimeoutException nothingYet) {
                    // no answer yet: send the next byte
                }
                out.write('u');
                out.flush();
                Thread.sleep(1_000);
            }
            return STILL_SENDING;
        } catch (IOException e) {
            return "closed";
        }
    }
}
