package org.bilateral.commitments.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.bilateral.commitments.targets.PurchaseTarget;
import org.bilateral.commitments.targets.PurchaseTargets;
import org.bilateral.workbench.CliCommand;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Component
@Command(name = "targets", description = {"Purchase targets: list them, or load them from YAML (all targets of the file or none).",
        "  targets load FILE.yaml"})
class TargetsCommand implements Callable<Integer>, CliCommand {

    private final PurchaseTargets targets;

    TargetsCommand(PurchaseTargets targets) {
        this.targets = targets;
    }

    @Override
    public Integer call() {
        for (PurchaseTarget t : targets.targets()) {
            System.out.printf("%-24s  %-40s  %s buys from %s  baseline %d  %s  counts %s  years %s%n", t.code(), t.name(), t.buyer(), t.seller(),
                    t.baselineYear(), t.basis().code().replace('_', '-'), t.counts().code().replace('_', '-'), t.amounts().keySet());
        }
        return 0;
    }

    @Command(name = "load", mixinStandardHelpOptions = true, description = "Load targets from a YAML file; a target with a known code is replaced, an identical one left alone.")
    int load(@Parameters(paramLabel = "FILE") Path file) {
        System.out.println(targets.loadFile(file, file.getFileName().toString(), "cli:" + System.getProperty("user.name")).describe());
        return 0;
    }
}
