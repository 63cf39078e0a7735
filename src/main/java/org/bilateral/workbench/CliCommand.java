package org.bilateral.workbench;

/**
 * Marks a picocli command bean that is a top-level subcommand of {@code bilateral}; each capability
 * contributes its own, so the launcher needs to know none of them.
 */
public interface CliCommand {
}
