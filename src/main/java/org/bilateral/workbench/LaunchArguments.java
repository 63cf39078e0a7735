package org.bilateral.workbench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The few command-line options that must take effect before the application context starts
 * (port, database, home); picocli declares them too, so they appear in help and parse cleanly.
 */
public final class LaunchArguments {

    /** Commands that work on the benchmark's own database. */
    private static final java.util.Set<String> BENCHMARKS = java.util.Set.of("bench", "bench-attainment", "bench-stakes", "bench-risk");

    private static final Map<String, String> EARLY_OPTIONS = Map.of(
            "--port", "server.port",
            "--bind", "server.address",
            "--tls-keystore", "server.ssl.key-store",
            "--db-url", "bilateral.db.url",
            "--home", "bilateral.home",
            "--reference", "bilateral.reference");

    private final boolean serves;
    private final Map<String, String> overrides;
    private final Map<String, String> defaults;

    private LaunchArguments(boolean serves, Map<String, String> overrides, Map<String, String> defaults) {
        this.serves = serves;
        this.overrides = overrides;
        this.defaults = defaults;
    }

    public static LaunchArguments of(String[] args) {
        List<String> list = List.of(args);
        boolean asksForHelp = list.stream().anyMatch(a -> a.equals("--help") || a.equals("-h") || a.equals("--version")
                || a.equals("-V"));
        boolean serves = !list.isEmpty() && list.get(0).equals("serve") && !asksForHelp;
        Map<String, String> overrides = new HashMap<>();
        Map<String, String> defaults = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String property = EARLY_OPTIONS.get(name);
            if (property == null) {
                continue;
            }
            if (arg.contains("=")) {
                overrides.put(property, arg.substring(arg.indexOf('=') + 1));
            } else if (i + 1 < args.length) {
                overrides.put(property, args[++i]);
            }
        }
        if (overrides.containsKey("server.ssl.key-store")) {
            // HTTPS from a PKCS#12 or JKS key store; its password from the environment, never the command line.
            overrides.put("server.ssl.enabled", "true");
            overrides.put("server.servlet.session.cookie.secure", "true");
            String password = System.getenv("BILATERAL_TLS_PASSWORD");
            if (password != null) {
                overrides.put("server.ssl.key-store-password", password);
            }
        }
        if (!list.isEmpty() && BENCHMARKS.contains(list.get(0)) && !overrides.containsKey("bilateral.db.url")) {
            // The benchmark fills a database of its own beside the workbench's, so it never mixes into real data.
            String env = System.getenv("BILATERAL_HOME");
            String home = overrides.getOrDefault("bilateral.home",
                    env != null && !env.isBlank() ? env : System.getProperty("user.home") + "/.bilateral");
            String port = System.getenv("BILATERAL_DB_PORT");
            overrides.put("bilateral.home", home + "/bench");
            overrides.put("bilateral.db.expendable", "true");
            overrides.put("bilateral.db.port", Integer.toString((port == null || port.isBlank() ? 54329 : Integer.parseInt(port)) + 1));
        }
        // A failed start is reported in one line by the launcher; Spring's own report would repeat it with a stack trace.
        defaults.put("logging.level.org.springframework.boot.SpringApplication", "OFF");
        defaults.put("logging.level.org.springframework.boot.diagnostics", "OFF");
        defaults.put("logging.level.org.springframework.boot.web.server.servlet.context", "ERROR");
        defaults.put("logging.level.org.springframework.boot.autoconfigure.logging", "WARN");
        if (serves) {
            // Only the server pulls its sources by itself on their schedules; a one-shot command never starts pulls of its own.
            defaults.put("bilateral.sources.scheduled", "true");
        }
        if (!serves) {
            // A command's output is its result: keep the log quiet on the console and complete in the file.
            defaults.put("logging.level.root", "WARN");
            defaults.put("logging.threshold.console", "OFF");
            defaults.put("spring.main.log-startup-info", "false");
            // A command runs once and needs a few services: only the beans it asks for are made (CommandLineHost), not
            // the pages, the security chain, the templates and every other module's services. What must happen on every
            // start still does: the migrations (DatabaseConfiguration), SmartInitializingSingletons and the runners.
            defaults.put("spring.main.lazy-initialization", "true");
        }
        return new LaunchArguments(serves, overrides, defaults);
    }

    public boolean serves() {
        return serves;
    }

    /** Options given on the command line: they win over every configuration file. */
    public Map<String, String> overrides() {
        return overrides;
    }

    /** Quiet logging for one-off commands, unless configuration says otherwise. */
    public Map<String, String> defaults() {
        return defaults;
    }

    /** The innermost message of a failure, which is the one that says what is wrong. */
    public static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
