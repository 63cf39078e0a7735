package org.bilateral.policy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import java.nio.file.Path;
import org.bilateral.reference.ReferenceLoader;
import org.bilateral.shared.Counted;
import org.bilateral.shared.InvalidInput;
import org.bilateral.workbench.DemoRequested;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
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

    /** The Vietnamese statements of the demonstration's asks, by their English statement (classpath). */
    static final String VIETNAMESE = "policy/demo-asks-vi.csv";

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

    /**
     * The demonstration's asks in Vietnamese: the reference file is English (its reports are), so the workbench keeps
     * the Vietnamese statement of each of its asks beside it ({@value #VIETNAMESE}), set where an ask has none. Returns
     * how many asks it gave one.
     */
    int inVietnamese() {
        Map<String, String> vi = new HashMap<>();
        try (Reader in = new InputStreamReader(new ClassPathResource(VIETNAMESE).getInputStream(), StandardCharsets.UTF_8);
             CSVParser csv = CSVParser.parse(in, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            csv.forEach(r -> vi.put(r.get("ask"), r.get("statement_vi")));
        } catch (IOException e) {
            throw new UncheckedIOException(VIETNAMESE + " is part of the workbench and could not be read", e);
        }
        int said = 0;
        for (Asks.Ask a : asks.list(null, null)) {
            String statement = vi.get(a.statement());
            if (statement != null && a.statementVi() == null) {
                asks.setStatementVi(a.id(), statement);
                said++;
            }
        }
        return said;
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
            int said = inVietnamese();
            return "Asks loaded from " + file + ": " + Counted.of(i.rows(), "row", "rows") + ", "
                    + Counted.of(i.asksOpened(), "ask", "asks") + " opened, " + Counted.of(i.positionsAdded(), "position", "positions")
                    + " added" + (said == 0 ? "" : ", " + Counted.of(said, "ask", "asks") + " given its Vietnamese statement") + ".";
        } catch (InvalidInput e) {
            return "Asks not loaded: " + e.getMessage();
        }
    }
}
