package org.bilateral.commitments.reporting;

import java.util.Set;

/**
 * Whose deals an account may see and change: the ministry all of them, a reporter those of its enterprises only.
 * Every reporting use case takes one, so that no door can forget the check.
 */
public record ReporterScope(String username, boolean ministry, Set<Long> enterprises) {

    public ReporterScope {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("a reporting action needs its user");
        }
        enterprises = Set.copyOf(enterprises);
    }

    public boolean covers(long organisationId) {
        return ministry || enterprises.contains(organisationId);
    }
}
