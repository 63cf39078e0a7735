/** The {@code bilateral pull} command: the modules' pulls are its subcommands. */
@org.jspecify.annotations.NullMarked
package org.bilateral.sources.cli;
