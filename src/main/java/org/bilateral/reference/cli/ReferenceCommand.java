package org.bilateral.reference.cli;

import java.util.concurrent.Callable;
import org.bilateral.reference.CountryDirectory;
import org.bilateral.reference.Nomenclature;
import org.bilateral.reference.ReferenceLoader;
import org.bilateral.workbench.CliCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Component
@Command(name = "reference", description = "Load reference data, or look up a country or an HS code.",
        subcommands = {ReferenceCommand.Load.class, ReferenceCommand.Country.class, ReferenceCommand.Sectors.class})
class ReferenceCommand implements CliCommand {

    @Component
    @Command(name = "load", description = "(Re)load countries, the HS nomenclature and sectors from --reference.")
    static class Load implements Callable<Integer> {

        private final ReferenceLoader loader;

        Load(ReferenceLoader loader) {
            this.loader = loader;
        }

        @Override
        public Integer call() {
            ReferenceLoader.Summary s = loader.loadConfigured();
            System.out.printf("Loaded reference data from %s: %d countries (%d with US Census codes), %d HS codes"
                            + " (%d with a Vietnamese description), %d sectors%n",
                    s.location(), s.countries(), s.censusCodes(), s.hsCodes(), s.vietnameseDescriptions(), s.sectors());
            return 0;
        }
    }

    @Component
    @Command(name = "country", description = "Show a country's codes: any code or name variant (VN, VNM, \"Việt Nam\").")
    static class Country implements Callable<Integer> {

        @Parameters(index = "0")
        @Nullable String query;

        private final CountryDirectory countries;

        Country(CountryDirectory countries) {
            this.countries = countries;
        }

        @Override
        public Integer call() {
            org.bilateral.reference.Country c = countries.require(query);
            System.out.printf("%s  %s  alpha-3 %s  ISO %s  M49 %s  Comtrade %s  US Census %s%n", c.code(), c.name(),
                    c.alpha3(), c.isoNumeric(), c.m49(), c.comtradeCode(), c.censusCode() == null ? "-" : c.censusCode());
            return 0;
        }
    }

    @Component
    @Command(name = "sectors", description = "List the named sectors and the HS codes that define them.")
    static class Sectors implements Callable<Integer> {

        private final Nomenclature nomenclature;

        Sectors(Nomenclature nomenclature) {
            this.nomenclature = nomenclature;
        }

        @Override
        public Integer call() {
            nomenclature.sectors().forEach(s -> System.out.printf("%-16s %-46s %s%n", s.id(), s.name(),
                    String.join(" ", s.prefixes())));
            return 0;
        }
    }
}
