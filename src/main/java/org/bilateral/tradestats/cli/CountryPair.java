package org.bilateral.tradestats.cli;

import picocli.CommandLine.Option;

/** Whose statistics a command reads, about trade with whom; any ISO code or name variant. */
class CountryPair {

    @Option(names = "--reporter", required = true, description = "whose statistics (ISO code or name), e.g. US")
    String reporter = ""; // required: picocli sets it before the command runs

    @Option(names = "--partner", required = true, description = "the partner, e.g. VN")
    String partner = ""; // required: picocli sets it before the command runs
}
