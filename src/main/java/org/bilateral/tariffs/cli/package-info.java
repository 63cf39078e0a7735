/** The schedule's commands: {@code bilateral tariffs} (the versions held) and {@code bilateral tariffs load DIR}. */
@org.jspecify.annotations.NullMarked
package org.bilateral.tariffs.cli;
