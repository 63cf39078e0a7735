/** The deal register, targets, attainment and projection on the command line. */
package org.bilateral.commitments.cli;
