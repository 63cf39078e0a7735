package org.bilateral.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** A command's default pair comes from the one property that says it, not from words in each command. */
class CommandLineHostTest {

    @Command(name = "projection")
    static class Projection implements Runnable {
        @Option(names = "--buyer", descriptionKey = "bilateral.pair.own")
        String buyer;

        @Option(names = "--seller", descriptionKey = "bilateral.pair.partner")
        String seller;

        @Option(names = "--format", defaultValue = "table")
        String format;

        @Override
        public void run() {
        }
    }

    @Test
    void anOptionNamingAPropertyTakesItsDefaultFromTheConfigurationAndAnyOtherKeepsItsOwn() {
        Map<String, String> configured = Map.of("bilateral.pair.own", "VN", "bilateral.pair.partner", "US");
        Projection command = new Projection();
        CommandLine line = new CommandLine(command);
        line.setDefaultValueProvider(arg -> CommandLineHost.configured(arg, configured::get));
        line.parseArgs("--seller", "JP");
        assertThat(command.buyer).isEqualTo("VN");
        assertThat(command.seller).as("what the user names wins").isEqualTo("JP");
        assertThat(command.format).isEqualTo("table");
    }
}
