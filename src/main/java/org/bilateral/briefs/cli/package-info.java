/** {@code bilateral brief}: a brief made from the command line and written to a file. */
package org.bilateral.briefs.cli;
