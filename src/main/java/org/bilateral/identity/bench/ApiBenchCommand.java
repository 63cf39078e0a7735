package org.bilateral.identity.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.bilateral.identity.ApiTokens;
import org.bilateral.identity.Role;
import org.bilateral.identity.UserAccounts;
import org.bilateral.workbench.CliCommand;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Benchmark of a running workbench's API: concurrent clients asking for the balance, first with API tokens, then with
 * HTTP Basic (a password hash on every request), in the same run. It adds an analyst account of its own for the
 * duration and removes it afterwards.
 */
@Component
@Command(name = "bench-api", description = {"Benchmark: concurrent clients on a running workbench's /api/balance, with "
        + "API tokens and then with HTTP Basic; answers per second and latency.",
        "Start the workbench first (./bilateral serve --demo), with the same BILATERAL_HOME."})
class ApiBenchCommand implements Callable<Integer>, CliCommand {

    @Option(names = "--url", defaultValue = "http://localhost:8080", description = "the running workbench")
    String url;

    @Option(names = "--clients", defaultValue = "32", description = "concurrent clients")
    int clients;

    @Option(names = "--seconds", defaultValue = "10", description = "how long each kind of client runs")
    int seconds;

    private final UserAccounts accounts;
    private final ApiTokens tokens;

    /** The configured pair: the balance asked for is the partner's figures on trade with us, as the balance page's default. */
    private final String own;
    private final String partner;

    ApiBenchCommand(UserAccounts accounts, ApiTokens tokens, @Value("${bilateral.pair.own}") String own,
            @Value("${bilateral.pair.partner}") String partner) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.own = own;
        this.partner = partner;
    }

    @Override
    public Integer call() throws Exception {
        String user = "bench-api-" + Long.toHexString(System.nanoTime());
        String password = UserAccounts.generatePassword();
        accounts.create(user, password, Role.ANALYST);
        try {
            String bearer = "Bearer " + tokens.create(user, "bench").secret();
            String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            URI balance = URI.create(url + "/api/balance?reporter=" + partner + "&partner=" + own + "&by=year");
            System.out.printf("%d clients, %d s each, GET %s%n", clients, seconds, balance);
            run("API token (Bearer)", balance, bearer);
            run("HTTP Basic (password hash per request)", balance, basic);
        } finally {
            accounts.removeDisposable(user);
        }
        return 0;
    }

    private void run(String kind, URI uri, String authorization) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", authorization).GET().build();
        if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
            throw new IllegalStateException(kind + ": the workbench at " + url + " does not answer 200 (is it running, on this home?)");
        }
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong failures = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            running.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    try {
                        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        if (status == 200) {
                            latencies.add(System.nanoTime() - start);
                        } else {
                            failures.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double median = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2) / 1e6;
        double p95 = sorted.isEmpty() ? 0 : sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1e6;
        System.out.printf(Locale.ROOT, "%-40s %7.0f answers/s   median %6.1f ms   p95 %6.1f ms   %d failed%n", kind,
                sorted.size() / (double) seconds, median, p95, failures.get());
    }
}
