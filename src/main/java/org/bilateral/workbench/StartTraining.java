package org.bilateral.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The launcher's training run (see the {@code bilateral} script): {@code serve}, started on a throwaway database and
 * home, asks for its login page once and runs two read commands, so that the class-data-sharing archive written as it
 * exits holds the classes of a first page and of a command as well as those of the start; then it stops as any serve
 * does, its database with it.
 */
public final class StartTraining {

    /** Set by the launcher for its training run only. */
    public static final String PROPERTY = "bilateral.training";

    private StartTraining() {
    }

    public static boolean asked() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** What a person's first minute asks of the workbench; what fails here only leaves its classes out of the archive. */
    public static void exercise(ConfigurableApplicationContext context) {
        String port = context.getEnvironment().getProperty("local.server.port");
        if (port != null) {
            try (InputStream page = java.net.URI.create("http://127.0.0.1:" + port + "/login").toURL().openStream()) {
                page.readAllBytes();
            } catch (IOException e) {
                System.err.println("training: the login page did not answer: " + e.getMessage());
            }
        }
        CommandLineHost host = context.getBean(CommandLineHost.class);
        for (String command : new String[] {"imports", "deals"}) {
            picocli.CommandLine line = host.commandLineFor(new String[] {command});
            line.setOut(new PrintWriter(java.io.Writer.nullWriter()));
            line.execute(command);
        }
    }
}
