/** The asks, the issues raised, the stakes and the tariff what-if from the command line. */
@org.jspecify.annotations.NullMarked
package org.bilateral.policy.cli;
