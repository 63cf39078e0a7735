/** The Hill's commands: {@code bilateral hill} (what is held) and {@code bilateral hill load DIR} (a newer snapshot). */
@org.jspecify.annotations.NullMarked
package org.bilateral.hill.cli;
