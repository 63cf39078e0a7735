package org.bilateral.commitments.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.bilateral.commitments.reporting.EnterpriseReporting;
import org.bilateral.commitments.reporting.ReporterScope;
import org.bilateral.commitments.reporting.ReportingTemplate;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import org.bilateral.workbench.CliCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Component
@Command(name = "reporting", description = {"Enterprise reporting, as the ministry runs it: who has reported for a period, and the template to report with.",
        "  reporting link USER ORGANISATION | reporting template FILE.xlsx | reporting import FILE.xlsx"})
class ReportingCommand implements Callable<Integer>, CliCommand {

    @Option(names = "--period", description = "reporting period, e.g. 2026-Q3 (default: this quarter)")
    @Nullable String period;

    private final EnterpriseReporting reporting;
    private final ReportingTemplate template;

    ReportingCommand(EnterpriseReporting reporting, ReportingTemplate template) {
        this.reporting = reporting;
        this.template = template;
    }

    private static ReporterScope ministry(EnterpriseReporting reporting) {
        return reporting.scope("cli:" + System.getProperty("user.name"), true);
    }

    @Override
    public Integer call() {
        var p = EnterpriseReporting.periodOr(period);
        System.out.println("Reporting for " + p);
        for (EnterpriseReporting.Status s : reporting.status(p)) {
            System.out.printf("%-40s  %-12s  deals %d/%d  forecasts %d  reporters %s%n", s.enterprise(),
                    s.complete() ? "reported" : s.dealsReported() + s.forecasts() > 0 ? "partly" : "not reported",
                    s.dealsReported(), s.deals(), s.forecasts(), String.join(", ", s.reporters()));
        }
        return 0;
    }

    @Command(name = "link", mixinStandardHelpOptions = true, description = "Let a reporter account report for an enterprise (its organisation number).")
    int link(@Parameters(paramLabel = "USER") String user, @Parameters(paramLabel = "ORGANISATION") long organisation) {
        var enterprise = reporting.link(user, organisation);
        System.out.println(user + " reports for " + enterprise.name() + " (organisation " + organisation + ")");
        return 0;
    }

    @Command(name = "template", mixinStandardHelpOptions = true, description = "Write the XLSX template for the period, for all enterprises or one.")
    int template(@Parameters(paramLabel = "FILE") Path file, @Option(names = "--enterprise") @Nullable Long enterprise,
                 @Option(names = "--lang", defaultValue = "vi", description = "the template's language: vi (the default) or en")
                 String lang) throws IOException {
        if (!lang.equals("vi") && !lang.equals("en")) {
            throw new InvalidInput("--lang", Said.of("refusal.commitments.templateLanguage", org.bilateral.shared.Limits.shown(lang)));
        }
        Files.write(file, template.write(ministry(reporting), EnterpriseReporting.periodOr(period), enterprise,
                java.util.Locale.forLanguageTag(lang)));
        System.out.println("wrote " + file);
        return 0;
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Import a filled template: all of it, or nothing when any cell is wrong.")
    int importFile(@Parameters(paramLabel = "FILE") Path file) {
        ReportingTemplate.Imported i = template.read(ministry(reporting), file, file.getFileName().toString(), "xlsx");
        System.out.printf("%s: %d progress reports and %d forecasts for %s%n", i.fileName(), i.progressReports(), i.forecasts(), i.period());
        return 0;
    }
}
