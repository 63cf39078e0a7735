package org.bilateral.worldjob;

import org.bilateral.worldjob.store.ImportCommand;
import org.bilateral.worldjob.synthetic.GenerateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The world job's one entry: {@code import} reads Comtrade bulk files into the world store, {@code screen} screens every
 * hub of a route on Spark, {@code generate} writes a synthetic world in the bulk layout, {@code bench} times the import and the screen on synthetic worlds. Started by the workbench's
 * {@code ./bilateral world …} as a process of its own, or by {@code spark-submit --class org.bilateral.worldjob.WorldJob}.
 * Exit codes: 0 done, 2 refused (the report names each problem), 1 failed.
 */
@Command(name = "bilateral-world", mixinStandardHelpOptions = true, version = "bilateral-world 0.1.0",
        description = "The world store and the world screen of Bilateral.",
        subcommands = {ImportCommand.class, GenerateCommand.class, org.bilateral.worldjob.screen.ScreenCommand.class,
                org.bilateral.worldjob.bench.BenchCommand.class})
public final class WorldJob {

    private WorldJob() {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new WorldJob()).execute(args));
    }
}
