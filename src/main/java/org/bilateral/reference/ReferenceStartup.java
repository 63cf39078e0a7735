package org.bilateral.reference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads reference data on the first start, so a new user never has to ask for it. */
@Component
@Order(1)
class ReferenceStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReferenceStartup.class);

    private final ReferenceLoader loader;

    ReferenceStartup(ReferenceLoader loader) {
        this.loader = loader;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (loader.isLoaded()) {
            return;
        }
        if (!loader.locationExists()) {
            String message = "Reference data not found at " + loader.configuredLocation()
                    + ": set BILATERAL_REFERENCE to the folder holding countries/ and hs/, then run ./bilateral reference load";
            log.warn(message);
            System.err.println(message);
            return;
        }
        ReferenceLoader.Summary summary;
        try {
            summary = loader.loadConfigured();
        } catch (RuntimeException e) {
            log.error("Loading reference data failed", e);
            System.err.println("Reference data could not be loaded from " + loader.configuredLocation() + ":\n"
                    + e.getMessage() + "\nFix the files, then run ./bilateral reference load");
            return;
        }
        log.info("Loaded reference data from {}: {} countries, {} HS codes, {} sectors", summary.location(),
                summary.countries(), summary.hsCodes(), summary.sectors());
    }
}
