package org.bilateral.identity.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bilateral.identity.ApiTokens;
import org.bilateral.identity.Role;
import org.bilateral.identity.UserAccounts;
import org.bilateral.workbench.CliCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Benchmark of a running workbench's API: concurrent clients asking for the balance, with API tokens, then with HTTP
 * Basic (a password hash on every request), beside a baseline measured in the same run: the same balance's bytes
 * answered from memory by the same Spring jars ({@link StaticJsonBaseline}, in a JVM of its own), so that the figures
 * say what the workbench costs on this machine as loaded now. It adds an analyst account of its own for the duration
 * and removes it afterwards.
 */
@Component
@Command(name = "bench-api", description = {"Benchmark: concurrent clients on a running workbench's /api/balance, with "
        + "API tokens and then with HTTP Basic, beside the same JSON answered from memory by the same Spring jars; "
        + "answers per second and latency (p50, p95, p99).",
        "Start the workbench first, with the same BILATERAL_HOME and room for the clients, which all come from one "
                + "address: BILATERAL_HTTP_REQUESTS_PER_ADDRESS=64 ./bilateral serve --demo (else the clients past 20 "
                + "are answered 429 at once, counted as failed)."})
class ApiBenchCommand implements Callable<Integer>, CliCommand {

    @Option(names = "--url", defaultValue = "http://localhost:8080", description = "the running workbench")
    String url;

    @Option(names = "--clients", defaultValue = "32", description = "concurrent clients")
    int clients;

    @Option(names = "--seconds", defaultValue = "10", description = "how long each kind of client is measured")
    int seconds;

    @Option(names = "--warmup", defaultValue = "3", description = "seconds each kind of client runs first, not measured")
    int warmup;

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
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Process baseline = null;
        Path json = Files.createTempFile("bilateral-bench-api", ".json");
        try {
            String bearer = "Bearer " + tokens.create(user, "bench").secret();
            String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            URI balance = URI.create(url + "/api/balance?reporter=" + partner + "&partner=" + own + "&by=year");
            HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(balance).header("Authorization", bearer).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("the workbench at " + url + " answers " + answer.statusCode()
                        + " (is it running, on this home?)");
            }
            Files.write(json, answer.body());
            baseline = startBaseline(json);
            URI still = URI.create("http://localhost:" + port(baseline) + StaticJsonBaseline.PATH);
            System.out.printf("%d clients, %d s each after %d s of warm-up, GET %s (%d bytes)%n", clients, seconds, warmup,
                    balance, answer.body().length);
            Figures base = run(http, "baseline: the same JSON from memory", still, null);
            Figures token = run(http, "API token (Bearer)", balance, bearer);
            run(http, "HTTP Basic (password hash per request)", balance, basic);
            System.out.printf(Locale.ROOT, "API tokens / baseline: %.2f (the baseline is a Spring Boot application of the same "
                    + "jars in a JVM of its own, on this machine, in this run)%n", token.perSecond() / base.perSecond());
        } finally {
            if (baseline != null) {
                baseline.getOutputStream().close();
                if (!baseline.waitFor(10, TimeUnit.SECONDS)) {
                    baseline.destroyForcibly();
                }
            }
            Files.deleteIfExists(json);
            accounts.removeDisposable(user);
        }
        return 0;
    }

    /**
     * The baseline in a JVM of its own, from this process's own classes: the workbench's fat jar through Spring Boot's
     * launcher, which can start another main class of it; or the class path as it is, when it holds the classes
     * themselves (the launcher's extracted jar, whose manifest names its libraries; tests; an IDE).
     */
    /** Spring Boot's launcher, in the fat jar only (the extracted jar runs without it). */
    private static final String BOOT_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

    private static Process startBaseline(Path json) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classPath = System.getProperty("java.class.path");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", classPath));
        if (!classPath.contains(File.pathSeparator) && classPath.endsWith(".jar")
                && org.springframework.util.ClassUtils.isPresent(BOOT_LAUNCHER, ApiBenchCommand.class.getClassLoader())) {
            command.add("-Dloader.main=" + StaticJsonBaseline.class.getName());
            command.add(BOOT_LAUNCHER);
        } else {
            command.add(StaticJsonBaseline.class.getName());
        }
        command.add(json.toString());
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** The port the baseline says it answers on. */
    private static int port(Process baseline) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(baseline.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("PORT ")) {
                return Integer.parseInt(line.substring(5).strip());
            }
        }
        throw new IllegalStateException("the baseline stopped before it answered");
    }

    /** Answers a second and latencies of one kind of client. */
    record Figures(double perSecond, double p50, double p95, double p99, long failed) {
    }

    private Figures run(HttpClient http, String kind, URI uri, @Nullable String authorization) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).GET();
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        HttpRequest request = builder.build();
        if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
            throw new IllegalStateException(kind + ": " + uri + " does not answer 200");
        }
        hammer(http, request, warmup, new ArrayList<>(), new AtomicLong());
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong failures = new AtomicLong();
        hammer(http, request, seconds, latencies, failures);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        Figures figures = new Figures(sorted.size() / (double) seconds, percentile(sorted, 0.50), percentile(sorted, 0.95),
                percentile(sorted, 0.99), failures.get());
        System.out.printf(Locale.ROOT, "%-40s %7.0f answers/s   p50 %6.1f ms   p95 %6.1f ms   p99 %6.1f ms   %d failed%n", kind,
                figures.perSecond(), figures.p50(), figures.p95(), figures.p99(), figures.failed());
        return figures;
    }

    /** The clients asking at once for {@code duration} seconds, each as soon as its previous answer came. */
    private void hammer(HttpClient http, HttpRequest request, int duration, List<Long> latencies, AtomicLong failures)
            throws Exception {
        long end = System.nanoTime() + duration * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
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
                        } catch (IOException e) {
                            failures.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** The latency below which this share of the answers came, in milliseconds (nearest rank). */
    static double percentile(List<Long> sorted, double share) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.ceil(sorted.size() * share) - 1) / 1e6;
    }
}
