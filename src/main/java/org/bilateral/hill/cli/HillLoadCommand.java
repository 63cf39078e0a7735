package org.bilateral.hill.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.bilateral.hill.CongressLoads;
import org.bilateral.shared.Counted;
import org.bilateral.workbench.CliCommand;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code bilateral hill load DIR}: the members, committees and seats from a newer snapshot of the congress files. */
@Component
@CliCommand.Under("hill")
@Command(name = "load", description = {"Refresh the members of Congress, committees and seats from a folder holding "
        + "legislators-current.csv, committees-current.csv and committee-membership.csv (the layout of ../shared/data/congress).",
    "All files are checked before anything changes; the same files again change nothing. Members no longer listed are kept "
            + "as former members, with their links to the register's persons."})
class HillLoadCommand implements Callable<Integer> {

    /** Members listed by name in the report; more are counted. */
    private static final int LISTED = 20;

    @Parameters(index = "0", description = "the folder of the three congress files")
    // required: picocli sets it before call(), or refuses the command line
    Path folder = Path.of("");

    private final CongressLoads loads;

    HillLoadCommand(CongressLoads loads) {
        this.loads = loads;
    }

    @Override
    public Integer call() {
        CongressLoads.Loaded l = loads.load(folder);
        if (!l.changedAnything()) {
            System.out.printf("%s: nothing changed (%s, %s, %s held, as in these files).%n", l.source(),
                    Counted.of(l.members(), "member", "members"), Counted.of(l.committees(), "committee", "committees"),
                    Counted.of(l.seats(), "seat", "seats"));
            return 0;
        }
        System.out.printf("%s: %s, %s, %s held.%n", l.source(), Counted.of(l.members(), "member", "members"),
                Counted.of(l.committees(), "committee", "committees"), Counted.of(l.seats(), "seat", "seats"));
        list("added", l.added());
        list("left (kept as former members)", l.departed());
        list("changed", l.changed());
        System.out.printf("Seats changed: %d. Committees changed: %d.%n", l.seatsChanged(), l.committeesChanged());
        return 0;
    }

    private static void list(String what, List<String> labels) {
        System.out.printf("Members %s: %d%n", what, labels.size());
        labels.stream().limit(LISTED).forEach(label -> System.out.println("  " + label));
        if (labels.size() > LISTED) {
            System.out.printf("  and %d more%n", labels.size() - LISTED);
        }
    }
}
