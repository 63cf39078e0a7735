package org.bilateral.sources.cli;

import org.bilateral.workbench.CliCommand;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;

/**
 * {@code bilateral pull}: groups the pulls the modules contribute ({@code pull census}, {@code pull comtrade},
 * {@code pull feeds}, {@code pull federal-register}), each marked {@link CliCommand.Under} {@code "pull"}.
 */
@Component
@Command(name = "pull", description = "Pulls what is new from an outside source (Census, Comtrade, press feeds, the Federal Register).")
class PullCommand implements CliCommand {
}
