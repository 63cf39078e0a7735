/**
 * The workbench's host: how it starts (serve or a one-off command), which database it runs on and how it is backed up,
 * the command-line frame and the web layout every capability plugs into.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workbench")
@org.jspecify.annotations.NullMarked
package org.bilateral.workbench;
