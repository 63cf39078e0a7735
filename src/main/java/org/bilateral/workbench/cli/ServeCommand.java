package org.bilateral.workbench.cli;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bilateral.workbench.CliCommand;
import org.bilateral.workbench.DemoRequested;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import org.jspecify.annotations.Nullable;

@Component
@Command(name = "serve", description = "Start the web workbench (http://127.0.0.1:8080 by default, this machine only).")
class ServeCommand implements Callable<Integer>, CliCommand {

    @Option(names = "--port", description = "HTTP port (default 8080).")
    @Nullable Integer port;

    @Option(names = "--bind", description = "Address to listen on (default 127.0.0.1: this machine only); 0.0.0.0 for "
            + "every interface. Without --tls-keystore, others on the network see passwords and data in the clear.")
    @Nullable String bind;

    @Option(names = "--tls-keystore", description = "Serve HTTPS with the key and certificate of this PKCS#12 key store "
            + "(its password in BILATERAL_TLS_PASSWORD).")
    @Nullable String tlsKeystore;

    @Option(names = "--demo", description = "Load the synthetic demonstration data if the database holds none: statistics "
            + "through the latest whole month, the reported deals, illustrative targets and the asks of the reference data.")
    boolean demo;

    private final Environment environment;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ServeCommand(Environment environment, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.environment = environment;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @Override
    public Integer call() {
        if (environment.getProperty("local.server.port") == null) {
            System.err.println("serve must be the first argument: ./bilateral serve [--port N]");
            return 2;
        }
        if (demo) {
            events.publishEvent(DemoRequested.on(clock));
        }
        String address = environment.getProperty("server.address", "127.0.0.1");
        boolean tls = environment.getProperty("server.ssl.enabled", Boolean.class, false);
        boolean loopback = address.equals("127.0.0.1") || address.equals("localhost") || address.equals("::1");
        if (!loopback && !tls) {
            System.err.println("Warning: listening on " + address + " without TLS: anyone on the network can read the "
                    + "passwords and the record sent to browsers. Use --tls-keystore, or a TLS proxy in front.");
        }
        System.out.println("Bilateral is running at " + (tls ? "https" : "http") + "://" + (loopback ? "localhost" : address)
                + ":" + environment.getProperty("local.server.port") + "  (Ctrl+C to stop)");
        return 0;
    }
}
