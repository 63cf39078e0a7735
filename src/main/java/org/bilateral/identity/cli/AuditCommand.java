package org.bilateral.identity.cli;

import org.jspecify.annotations.Nullable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.bilateral.identity.AuditTrail;
import org.bilateral.workbench.CliCommand;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The audit trail on the command line: who changed what, newest first. */
@Component
@Command(name = "audit", description = "Who changed what in the record, and when: newest first.")
class AuditCommand implements Callable<Integer>, CliCommand {

    @Option(names = "--user", description = "only this user's changes (on the command line, cli:NAME)")
    @Nullable String user;

    @Option(names = "--since", description = "only changes on or after this date (YYYY-MM-DD)")
    @Nullable LocalDate since;

    @Option(names = "--limit", defaultValue = "100", description = "at most this many (default 100)")
    int limit;

    private final AuditTrail audit;

    AuditCommand(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public Integer call() {
        var entries = audit.entries(user, since == null ? null : since.atStartOfDay(ZoneId.systemDefault()).toInstant(),
                Math.max(1, limit));
        for (AuditTrail.Entry e : entries) {
            System.out.printf("%s  %-16s %-28s %s%n", e.at(), e.actor(), e.action(), e.subject());
            if (e.before() != null) {
                System.out.println("    before: " + e.before());
            }
            if (e.after() != null) {
                System.out.println("    after:  " + e.after());
            }
        }
        if (entries.isEmpty()) {
            System.out.println("No changes recorded" + (user == null ? "" : " by " + user) + (since == null ? "" : " since " + since) + ".");
        }
        return 0;
    }
}
