/** The deal register, targets, attainment and projection on the command line. */
@org.jspecify.annotations.NullMarked
package org.bilateral.commitments.cli;
