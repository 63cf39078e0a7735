package org.bilateral.tradestats.cli;

import org.bilateral.doors.OutputFormat;
import picocli.CommandLine.Option;

/** How a command prints its result. */
class OutputOption {

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default table)")
    String format = "table";

    OutputFormat format() {
        return OutputFormat.parse(format);
    }
}
