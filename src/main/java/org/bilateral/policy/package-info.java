/**
 * The policy of the relationship: the issues press releases raise (market-economy status, export controls, trade fraud,
 * tariffs) and each time one was raised; and the asks on the table, each side's, with the dated positions taken on them.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Policy")
package org.bilateral.policy;
