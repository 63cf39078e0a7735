package org.bilateral.offers.cli;

import java.util.concurrent.Callable;
import org.bilateral.offers.Offer;
import org.bilateral.offers.Offers;
import org.bilateral.workbench.CliCommand;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;

/**
 * {@code bilateral offers}: the offers saved. Its subcommands are marked {@code @CliCommand.Under("offers")}
 * ({@code price}, {@code save}).
 */
@Component
@Command(name = "offers", description = {"What Vietnam can offer: tariff packages for US goods, priced.",
    "  offers price FILE.yaml --year 2025   price an offer file against a year's statistics",
    "  offers save FILE.yaml                save (or replace, by name) an offer file"})
class OffersCommand implements Callable<Integer>, CliCommand {

    private final Offers offers;

    OffersCommand(Offers offers) {
        this.offers = offers;
    }

    @Override
    public Integer call() {
        var all = offers.all();
        if (all.isEmpty()) {
            System.out.println("No offer is saved: 'bilateral offers save FILE.yaml' saves one, 'bilateral offers price FILE.yaml' prices one.");
            return 0;
        }
        for (Offer o : all) {
            System.out.printf("%5d  %s (schedule of %s; %d part%s; by %s)%n", o.id().value(), o.name(), o.scheduleOn(),
                    o.parts().size(), o.parts().size() == 1 ? "" : "s", o.updatedBy());
        }
        return 0;
    }
}
