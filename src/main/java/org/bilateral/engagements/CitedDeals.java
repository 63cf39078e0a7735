package org.bilateral.engagements;

import java.util.Collection;
import java.util.List;

/**
 * The deals cited at an engagement, answered by the module that keeps deals: engagements are recorded before deals
 * and must not depend on them, so the deal register implements this and the engagement page asks it.
 */
public interface CitedDeals {

    record Citation(long dealId, String label) {
    }

    List<Citation> at(long engagementId, Collection<Long> pressReleaseIds);
}
