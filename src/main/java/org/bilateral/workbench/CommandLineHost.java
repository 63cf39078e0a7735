package org.bilateral.workbench;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.bilateral.shared.InvalidInput;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import org.jspecify.annotations.Nullable;

/**
 * Runs the command named on the command line. Users see what went wrong in one or a few lines;
 * the stack trace goes to the log file only.
 *
 * <p>A one-off command starts with lazy initialisation (LaunchArguments): only the beans the named command needs are
 * made, so the host asks the context for that command's bean (and those {@link CliCommand.Under} it) alone, never
 * for every command and every service behind them.
 */
@Component
class CommandLineHost implements CommandLineRunner, ExitCodeGenerator {

    private final IFactory factory;
    private final ListableBeanFactory beans;
    private final Environment environment;
    private int exitCode;
    private @Nullable CommandLine built;

    CommandLineHost(IFactory factory, ListableBeanFactory beans, Environment environment) {
        this.factory = factory;
        this.beans = beans;
        this.environment = environment;
    }

    /**
     * The launcher, built once: picocli takes an option's value in the command bean when the line is built as the value
     * it resets to before each run, so a line built again after a run would start the next one with the last run's
     * options (a test running two pulls, `serve` nowhere). Built once, every run starts from the declared defaults.
     */
    synchronized CommandLine commandLine() {
        CommandLine root = built;
        if (root == null) {
            root = withConfiguredDefaults(build(factory, List.copyOf(beans.getBeansOfType(CliCommand.class).values())));
            built = root;
        }
        return root;
    }

    private CommandLine withConfiguredDefaults(CommandLine root) {
        root.setDefaultValueProvider(arg -> configured(arg, environment::getProperty));
        return root;
    }

    /**
     * The launcher for one run of the given arguments: only the command they name and those under it, when they name
     * one ({@code deals}, {@code pull census}); the whole launcher otherwise, so a mistake is reported against every
     * command, in the same words as help gives.
     */
    CommandLine commandLineFor(String[] args) {
        @Nullable String named = HelpWithoutDatabase.topLevel(args).orElse(null);
        if (named == null) {
            return commandLine();
        }
        List<Object> chosen = new java.util.ArrayList<>();
        for (String bean : beans.getBeanNamesForType(CliCommand.class, true, false)) {
            Class<?> type = beans.getType(bean, false);
            if (type == null) {
                return commandLine();
            }
            type = org.springframework.util.ClassUtils.getUserClass(type);
            CommandLine.Command command = type.getAnnotation(CommandLine.Command.class);
            CliCommand.Under under = type.getAnnotation(CliCommand.Under.class);
            if ((command != null && command.name().equals(named) && under == null)
                    || (under != null && under.value().equals(named))) {
                chosen.add(beans.getBean(bean));
            }
        }
        return chosen.isEmpty() ? commandLine() : withConfiguredDefaults(build(factory, chosen));
    }

    /**
     * An option's default from the workbench's configuration, when the option names its property as its description key
     * ({@code --buyer} names {@code bilateral.pair.own}): the default pair is written once, in application.properties,
     * for the commands as for the pages.
     */
    static @Nullable String configured(CommandLine.Model.ArgSpec arg, Function<String, @Nullable String> properties) {
        return arg instanceof CommandLine.Model.OptionSpec option && option.descriptionKey() != null
                && option.descriptionKey().startsWith("bilateral.") ? properties.apply(option.descriptionKey()) : null;
    }

    /** A command is given as its bean, or (for help alone) as its class. */
    private static Class<?> typeOf(Object command) {
        return command instanceof Class<?> type ? type : command.getClass();
    }

    private static @Nullable String under(Object command) {
        CliCommand.Under under = typeOf(command).getAnnotation(CliCommand.Under.class);
        return under == null ? null : under.value();
    }

    /** The launcher's commands, from the beans of a running context or (for help alone) from their classes. */
    static CommandLine build(IFactory factory, List<?> commands) {
        CommandLine root = new CommandLine(new BilateralCommand(), factory);
        commands.stream().filter(c -> under(c) == null)
                .sorted(Comparator.comparing(c -> typeOf(c).getAnnotation(CommandLine.Command.class).name()))
                .forEach(command -> root.addSubcommand(new CommandLine(command, factory)));
        commands.stream().filter(c -> under(c) != null)
                .sorted(Comparator.comparing(c -> typeOf(c).getAnnotation(CommandLine.Command.class).name()))
                .forEach(command -> {
                    CommandLine parent = root.getSubcommands().get(String.valueOf(under(command)));
                    if (parent == null) {
                        throw new IllegalStateException(typeOf(command) + " belongs under a command no module contributes: " + under(command));
                    }
                    parent.addSubcommand(new CommandLine(command, factory));
                });
        withHelpOptions(root);
        // A command that only groups others (`tariffs`, `risk`, `reference`) has nothing to run (neither a Runnable, a Callable
        // nor a method): named alone, it shows its usage.
        root.setExecutionStrategy(parseResult -> {
            List<CommandLine> chosen = parseResult.asCommandLineList();
            Object command = chosen.get(chosen.size() - 1).getCommand();
            if (!(command instanceof Runnable) && !(command instanceof java.util.concurrent.Callable<?>)
                    && !(command instanceof java.lang.reflect.Method)) {
                chosen.get(chosen.size() - 1).usage(chosen.get(chosen.size() - 1).getOut());
                return 0;
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        root.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            if (e instanceof InvalidInput invalid) {
                invalid.problems().forEach(p -> cmd.getErr().println("error: " + p));
                cmd.getErr().println("Nothing was stored.");
                return 2;
            }
            if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
                cmd.getErr().println("error: " + e.getMessage());
                return 2;
            }
            // The logger is asked for here, not held in a field: help builds this launcher without configuring logging.
            LoggerFactory.getLogger(CommandLineHost.class).error("command failed", e);
            cmd.getErr().println("error: " + LaunchArguments.rootMessage(e)
                    + " (details in the log under BILATERAL_HOME/logs)");
            return 1;
        });
        return root;
    }

    /** Every command answers --help and --version, however deep. */
    private static void withHelpOptions(CommandLine command) {
        command.getCommandSpec().mixinStandardHelpOptions(true);
        command.getSubcommands().values().forEach(CommandLineHost::withHelpOptions);
    }

    @Override
    public void run(String... args) {
        exitCode = commandLineFor(args).execute(args);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
