/** The reader's commands: extract press releases, ingest them for review, and decide their proposals. */
@org.jspecify.annotations.NullMarked
package org.bilateral.extraction.cli;
