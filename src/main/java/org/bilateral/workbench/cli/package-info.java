/** The workbench's own commands: serve, back up and restore. */
package org.bilateral.workbench.cli;
