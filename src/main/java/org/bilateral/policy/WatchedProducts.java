package org.bilateral.policy;

import org.jspecify.annotations.Nullable;
import java.util.List;

/**
 * The products a transshipment screen's watch list cites for an ask, answered by the module that keeps the watch list:
 * the asks are recorded before any screen and must not depend on it, so the risk capability implements this and the
 * ask's page asks it.
 */
public interface WatchedProducts {

    /** @param link where the product's own page is */
    record Citation(String code, String label, String triangle, @Nullable String note, String link) {
    }

    List<Citation> citing(long askId);
}
