package org.bilateral.workbench;

import picocli.CommandLine.Command;

@Command(name = "bilateral", mixinStandardHelpOptions = true, versionProvider = BilateralCommand.Version.class,
        description = "Bilateral: a workbench for a country's bilateral trade relationship.",
        footer = {"", "State lives under BILATERAL_HOME (default ~/.bilateral); BILATERAL_DB_URL points at an "
                + "external PostgreSQL; BILATERAL_REFERENCE at the reference data."})
class BilateralCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = BilateralCommand.class.getPackage().getImplementationVersion();
            return new String[] {"Bilateral " + (version == null ? "(development build)" : version)};
        }
    }
}
