package org.bilateral.commitments.importing;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bilateral.commitments.PurchaseCommitments;
import org.bilateral.commitments.targets.PurchaseTargets;
import org.bilateral.reference.ReferenceLoader;
import org.bilateral.workbench.DemoRequested;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * serve --demo, for the register: the publicly reported deals of the reference data (real reports, read in place), where
 * their US sellers are ({@link DemoSellerStates}) and two illustrative targets, on a register that holds no deals yet.
 */
@Component
class DemoCommitments {

    private static final Logger log = LoggerFactory.getLogger(DemoCommitments.class);

    private final PurchaseCommitments commitments;
    private final DealsImport imports;
    private final PurchaseTargets targets;
    private final ReferenceLoader reference;
    private final DemoSellerStates sellerStates;

    DemoCommitments(PurchaseCommitments commitments, DealsImport imports, PurchaseTargets targets, ReferenceLoader reference,
                    DemoSellerStates sellerStates) {
        this.sellerStates = sellerStates;
        this.commitments = commitments;
        this.imports = imports;
        this.targets = targets;
        this.reference = reference;
    }

    @EventListener
    @Order(10)
    void on(DemoRequested request) {
        if (!commitments.deals().isEmpty()) {
            return;
        }
        try {
            Path deals = Path.of(reference.configuredLocation(), "deals", "reported-deals.csv");
            if (Files.isRegularFile(deals)) {
                System.out.println(imports.importFile(deals, "reported-deals.csv").describe());
                // where the reported deals' US sellers are, each with its basis (headquarters or plant) and source
                System.out.println(sellerStates.give("demo").describe());
            }
            if (targets.targets().isEmpty()) {
                try (Reader yaml = new InputStreamReader(DemoCommitments.class.getResourceAsStream("/org/bilateral/commitments/demo-targets.yaml"),
                        StandardCharsets.UTF_8)) {
                    System.out.println(targets.load(yaml, "demo-targets.yaml (illustrative)", "demo").describe());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            log.error("Loading the demonstration deals failed", e);
            System.err.println("Loading the demonstration deals failed: " + e.getMessage());
        }
    }
}
