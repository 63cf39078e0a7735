package org.bilateral.engagements;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The products a transshipment screen's watch list cites at an engagement, answered by the module that keeps the watch
 * list: engagements are recorded before any screen and must not depend on it, so the risk capability implements this
 * and the engagement's page asks it, as {@link CitedDeals} does for deals.
 */
public interface WatchedAtEngagement {

    /** @param link where the product's own page is */
    record Citation(String code, String label, String triangle, @Nullable String note, String link) {
    }

    List<Citation> citingAt(long engagementId);
}
