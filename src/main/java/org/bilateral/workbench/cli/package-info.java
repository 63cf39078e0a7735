/** The workbench's own commands: serve, back up and restore. */
@org.jspecify.annotations.NullMarked
package org.bilateral.workbench.cli;
