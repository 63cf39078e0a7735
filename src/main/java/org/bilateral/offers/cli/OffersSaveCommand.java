package org.bilateral.offers.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.bilateral.identity.AuditTrail;
import org.bilateral.offers.Offer;
import org.bilateral.offers.OfferDraft;
import org.bilateral.offers.Offers;
import org.bilateral.workbench.CliCommand;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code bilateral offers save FILE.yaml}: an offer file saved, in place of the offer of its name if there is one. */
@Component
@CliCommand.Under("offers")
@Command(name = "save", description = {"Save an offer file (YAML), checked against the schedule in force on its day; "
        + "an offer of the same name is replaced. Audited."})
class OffersSaveCommand implements Callable<Integer>, CliCommand {

    @Parameters(index = "0", description = "the offer file (YAML)")
    // required: picocli sets it before call(), or refuses the command line
    Path file = Path.of("");

    private final Offers offers;

    OffersSaveCommand(Offers offers) {
        this.offers = offers;
    }

    @Override
    public Integer call() throws java.io.IOException {
        OfferDraft draft = offers.read(file.getFileName().toString(), OfferFiles.text(file));
        String user = AuditTrail.currentActor();
        Offer saved = offers.all().stream().filter(o -> o.name().equalsIgnoreCase(draft.name().strip())).findFirst()
                .map(o -> offers.update(o.id(), draft, user)).orElseGet(() -> offers.create(draft, user));
        System.out.printf("Saved offer %d: %s (schedule in force on %s).%n", saved.id().value(), saved.name(), saved.scheduleOn());
        return 0;
    }
}
