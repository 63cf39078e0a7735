/**
 * The door kit: what every capability's doors (web pages, API, commands, benches) share, so that a figure, a refusal,
 * an upload, a download or a notice is said one way on every page and in every command. The host (`workbench`) starts
 * the workbench; this module only serves the doors, and names no capability.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Door kit")
@org.jspecify.annotations.NullMarked
package org.bilateral.doors;
