/** The reader's commands: extract press releases, ingest them for review, and decide their proposals. */
package org.bilateral.extraction.cli;
