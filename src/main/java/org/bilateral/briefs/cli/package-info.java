/** {@code bilateral brief}: a brief made from the command line and written to a file. */
@org.jspecify.annotations.NullMarked
package org.bilateral.briefs.cli;
