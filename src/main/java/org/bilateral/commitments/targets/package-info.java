/**
 * Purchase targets, attainment against them from both partners' statistics, and the projection of deals' deliveries.
 * Published to other capabilities (the brief reports attainment and the projection) as the module's "targets" interface.
 */
@org.springframework.modulith.NamedInterface("targets")
@org.jspecify.annotations.NullMarked
package org.bilateral.commitments.targets;
