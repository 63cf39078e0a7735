package org.bilateral.hill.cli;

import java.util.concurrent.Callable;
import org.bilateral.hill.Legislators;
import org.bilateral.workbench.CliCommand;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;

/**
 * {@code bilateral hill}: the Hill's commands. Alone it says what is held; its subcommands are marked
 * {@code @CliCommand.Under("hill")} ({@code load} here; the pages' {@code who} beside it).
 */
@Component
@Command(name = "hill", description = {"The Hill: members of Congress, their committees, and who to see.",
    "  hill load DIR   refresh the members, committees and seats from a newer snapshot of the congress files"})
class HillCommand implements Callable<Integer>, CliCommand {

    private final Legislators legislators;

    HillCommand(Legislators legislators) {
        this.legislators = legislators;
    }

    @Override
    public Integer call() {
        if (!legislators.loaded()) {
            System.out.println("The Hill holds no members: the reference location has no congress/ files. Load a snapshot with "
                    + "'bilateral hill load DIR'.");
            return 0;
        }
        System.out.println("The Hill holds the members of Congress; 'bilateral hill load DIR' refreshes them from a newer snapshot.");
        return 0;
    }
}
