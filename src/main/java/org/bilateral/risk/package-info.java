/**
 * Risk signals of transshipment and origin fraud, screened from the imported statistics: for an origin, a hub and a
 * destination, which products look rerouted through the hub, how much trade they carry, and the evidence, each signal
 * shown on its own. Relative ranks with their arithmetic, never a verdict.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Risk")
package org.bilateral.risk;
