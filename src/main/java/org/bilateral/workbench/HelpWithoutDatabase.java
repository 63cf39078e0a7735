package org.bilateral.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.objenesis.SpringObjenesis;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

/**
 * {@code bilateral --help}, {@code COMMAND --help}, {@code --version}, and a command that only groups others, answered
 * before the application starts: help needs neither a database nor a home, so asking for it creates nothing (no
 * embedded PostgreSQL, no first administrator whose password would then ignore the next serve's), and works beside a
 * running workbench of any home. A command marked {@link WithoutDatabase} is run here too, for the same reasons.
 *
 * <p>The commands are read from their classes: usage is in their annotations, so an instance made without its
 * constructor (and so without the services it is given in a running workbench) describes them exactly. Which classes
 * they are, the build's {@link CommandIndex} says: nothing is scanned, no Spring context is made and logging is left
 * unconfigured, so that help answers in a fraction of a second.
 */
public final class HelpWithoutDatabase {

    private HelpWithoutDatabase() {
    }

    /** The exit code when the arguments ask only for help or the version, after printing it; empty otherwise. */
    public static java.util.OptionalInt answer(String[] args) {
        CommandLine root = CommandLineHost.build(new Factory(), commands());
        CommandLine.ParseResult parsed;
        try {
            parsed = root.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            if (e.getCommandLine().getCommand() instanceof WithoutDatabase) {
                quietLog();
                return java.util.OptionalInt.of(root.execute(args)); // reported here, with the same words
            }
            return java.util.OptionalInt.empty(); // the running application reports it, with the same words
        }
        List<CommandLine> chosen = parsed.asCommandLineList();
        parsedLast = new Parsed(List.of(args), topLevel(chosen));
        CommandLine last = chosen.get(chosen.size() - 1);
        boolean helpAsked = chosen.stream().anyMatch(c -> c.isUsageHelpRequested() || c.isVersionHelpRequested());
        Object command = last.getCommand();
        boolean group = !(command instanceof Runnable) && !(command instanceof java.util.concurrent.Callable<?>)
                && !(command instanceof java.lang.reflect.Method);
        if (command instanceof WithoutDatabase) {
            quietLog();
            return java.util.OptionalInt.of(root.execute(args));
        }
        if (!helpAsked && !group && args.length > 0) {
            return java.util.OptionalInt.empty();
        }
        return java.util.OptionalInt.of(root.execute(args));
    }

    /**
     * Warnings only, as the running application logs a command's work: without its configuration, logging would print
     * every library's debug lines (a model's training progress) into the command's output.
     */
    private static void quietLog() {
        if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    /**
     * The top-level command the arguments name ({@code pull} for {@code pull census}), as picocli reads them; empty when
     * they name none or do not parse (then the running application reports them with every command in its tree).
     */
    public static Optional<String> topLevel(String[] args) {
        Parsed last = parsedLast;
        if (last != null && last.args().equals(List.of(args))) {
            return last.topLevel(); // the launcher's own arguments, parsed once already by answer() in the same start
        }
        try {
            return topLevel(CommandLineHost.build(new Factory(), commands()).parseArgs(args).asCommandLineList());
        } catch (CommandLine.ParameterException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> topLevel(List<CommandLine> chosen) {
        return chosen.size() < 2 ? Optional.empty() : Optional.of(chosen.get(1).getCommandName());
    }

    /** The arguments answer() last parsed and the top-level command they name: building the launcher twice costs time. */
    private record Parsed(List<String> args, Optional<String> topLevel) {
    }

    private static volatile @Nullable Parsed parsedLast;

    private static List<Object> commands() {
        SpringObjenesis objenesis = new SpringObjenesis();
        ClassLoader loader = HelpWithoutDatabase.class.getClassLoader();
        List<Object> out = new ArrayList<>();
        for (String name : CommandIndex.names()) {
            try {
                out.add(objenesis.newInstance(Class.forName(name, false, loader)));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("the index of the commands names a class the build no longer has: " + name
                        + " (build again: ./mvnw package)", e);
            }
        }
        return out;
    }

    /** Subcommands declared by class are made as the top-level ones are: without their constructors. */
    private static final class Factory implements CommandLine.IFactory {
        private final CommandLine.IFactory plain = CommandLine.defaultFactory();
        private final SpringObjenesis objenesis = new SpringObjenesis();

        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                return plain.create(type);
            } catch (Exception e) {
                return objenesis.newInstance(type);
            }
        }
    }
}
