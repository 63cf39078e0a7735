package org.bilateral.workbench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import org.jspecify.annotations.Nullable;

@Command(name = "bilateral", mixinStandardHelpOptions = true, versionProvider = BilateralCommand.Version.class,
        description = "Bilateral: a workbench for a country's bilateral trade relationship.",
        footer = {"", "State lives under BILATERAL_HOME (default ~/.bilateral); BILATERAL_DB_URL points at an "
                + "external PostgreSQL; BILATERAL_REFERENCE at the reference data."})
class BilateralCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    // Applied before the application starts (see LaunchArguments); declared here so every command accepts them.
    @Option(names = "--home", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Folder for all state (default BILATERAL_HOME or ~/.bilateral).")
    @Nullable String home;

    @Option(names = "--db-url", scope = ScopeType.INHERIT, paramLabel = "JDBC_URL",
            description = "An external PostgreSQL instead of the embedded one (default BILATERAL_DB_URL).")
    @Nullable String dbUrl;

    @Option(names = "--reference", scope = ScopeType.INHERIT, paramLabel = "DIR_OR_URL",
            description = "Reference data location (default BILATERAL_REFERENCE or ../shared/data).")
    @Nullable String reference;

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
