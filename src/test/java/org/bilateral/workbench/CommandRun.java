package org.bilateral.workbench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One run of the bilateral command as a user types it: its exit code and what it printed on each stream. */
public record CommandRun(int exitCode, String out, String err) {

    /** A run of the launcher of a running workbench (a Spring test's context), from any module's test. */
    public static CommandRun of(org.springframework.context.ApplicationContext context, String... args) {
        return of(context.getBean(CommandLineHost.class), args);
    }

    public static CommandRun of(CommandLineHost host, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            var commandLine = host.commandLine();
            commandLine.setOut(new java.io.PrintWriter(System.out, true));
            commandLine.setErr(new java.io.PrintWriter(System.err, true));
            int code = commandLine.execute(args);
            return new CommandRun(code, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
