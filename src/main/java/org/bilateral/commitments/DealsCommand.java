package org.bilateral.commitments;

import java.util.concurrent.Callable;
import org.bilateral.workbench.CliCommand;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;

@Component
@Command(name = "deals", description = "The purchase commitments in the register, one line per deal, with how many reports name it.")
class DealsCommand implements Callable<Integer>, CliCommand {

    private final PurchaseCommitments commitments;

    DealsCommand(PurchaseCommitments commitments) {
        this.commitments = commitments;
    }

    @Override
    public Integer call() {
        for (PurchaseCommitments.Deal d : commitments.deals()) {
            System.out.printf("%5d  %-24s  %-24s  %10s %-10s  %-28s  %15s  %-18s  %d source(s)%n", d.id(), d.buyer(), d.seller() == null ? "" : d.seller(),
                    d.quantity() == null ? "" : d.quantity(), d.unit() == null ? "" : d.unit(), d.item(),
                    d.valueUsd() == null ? "" : String.format("$%,.0f", d.valueUsd()), d.instrument(), d.sources().size());
        }
        return 0;
    }
}
