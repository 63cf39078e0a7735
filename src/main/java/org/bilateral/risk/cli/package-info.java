/** The transshipment screen, a product's signals and the watch list from the command line. */
@org.jspecify.annotations.NullMarked
package org.bilateral.risk.cli;
