package org.bilateral.policy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bilateral.reference.ReferenceLoader;
import org.bilateral.shared.Counted;
import org.bilateral.shared.InvalidInput;
import org.bilateral.workbench.DemoRequested;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * serve --demo, for the asks: the asks file of the reference data (what each side publicly asked in the 2025 talks, real
 * reports, read in place), on a register that holds no asks yet. Without the file it says so and why, and where else an
 * asks file is taken, rather than leaving an empty Asks page unexplained.
 */
@Component
class DemoAsks {

    /** Where the reference data keeps the asks of the Vietnam–US talks. */
    static final String FILE = "policy/vietnam-us-asks.csv";

    private final Asks asks;
    private final ReferenceLoader reference;

    DemoAsks(Asks asks, ReferenceLoader reference) {
        this.asks = asks;
        this.reference = reference;
    }

    @EventListener
    @Order(20)
    void on(DemoRequested request) {
        System.out.println(load(Path.of(reference.configuredLocation())));
    }

    /** Loads the asks file of a reference folder into an empty register; says in a sentence what it did, or why not. */
    String load(Path folder) {
        if (!asks.list(null, null).isEmpty()) {
            return "The register already holds asks; --demo loads none.";
        }
        Path file = folder.resolve(FILE).toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            return "Asks not loaded: there is no " + file + " (the reference data is read from ../shared/data beside the "
                    + "checkout, or from BILATERAL_REFERENCE). Upload an asks file on the Asks page, or run "
                    + "./bilateral asks import FILE.csv.";
        }
        try {
            Asks.Imported i = asks.importFile(file, file.getFileName().toString());
            return "Asks loaded from " + file + ": " + Counted.of(i.rows(), "row", "rows") + ", "
                    + Counted.of(i.asksOpened(), "ask", "asks") + " opened, " + Counted.of(i.positionsAdded(), "position", "positions")
                    + " added.";
        } catch (InvalidInput e) {
            return "Asks not loaded: " + e.getMessage();
        }
    }
}
