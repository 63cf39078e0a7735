/** The transshipment screen, a product's signals and the watch list from the command line. */
package org.bilateral.risk.cli;
