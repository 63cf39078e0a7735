package org.bilateral.workbench;

import java.util.concurrent.Callable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Component
@Command(name = "serve", description = "Start the web workbench (http://localhost:8080 by default).")
class ServeCommand implements Callable<Integer>, CliCommand {

    @Option(names = "--port", description = "HTTP port (default 8080).")
    Integer port;

    @Option(names = "--demo", description = "Load the synthetic demonstration data if the database holds no statistics.")
    boolean demo;

    private final Environment environment;
    private final ApplicationEventPublisher events;

    ServeCommand(Environment environment, ApplicationEventPublisher events) {
        this.environment = environment;
        this.events = events;
    }

    @Override
    public Integer call() {
        if (environment.getProperty("local.server.port") == null) {
            System.err.println("serve must be the first argument: ./bilateral serve [--port N]");
            return 2;
        }
        if (demo) {
            events.publishEvent(new DemoRequested());
        }
        System.out.println("Bilateral is running at http://localhost:" + environment.getProperty("local.server.port")
                + "  (Ctrl+C to stop)");
        return 0;
    }
}
