/** The asks, the issues raised, the stakes and the tariff what-if from the command line. */
package org.bilateral.policy.cli;
