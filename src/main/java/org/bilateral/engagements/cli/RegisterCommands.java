package org.bilateral.engagements.cli;

import java.util.concurrent.Callable;
import org.bilateral.engagements.Directory;
import org.bilateral.engagements.Engagements;
import org.bilateral.engagements.MergeProposals;
import org.bilateral.shared.Counted;
import org.bilateral.workbench.CliCommand;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import org.jspecify.annotations.Nullable;

/** The register at a terminal: the timeline, the directory and the merges waiting for a decision. */
final class RegisterCommands {

    private RegisterCommands() {
    }

    @Component
    @Command(name = "engagements", description = "The engagements on the timeline, newest first, with participants and sources.")
    static class EngagementsCommand implements Callable<Integer>, CliCommand {

        @Option(names = "--person", description = "only those of this person (id)")
        @Nullable Long person;

        @Option(names = "--organisation", description = "only those of this organisation (id)")
        @Nullable Long organisation;

        private final Engagements engagements;

        EngagementsCommand(Engagements engagements) {
            this.engagements = engagements;
        }

        @Override
        public Integer call() {
            for (Engagements.Engagement e : engagements.timeline(person, organisation)) {
                System.out.printf("%5d  %-10s  %-17s  %s%s%s  [%d source%s]%n", e.id(), e.happened() == null ? "undated" : e.happened(),
                        e.kind().code() + (e.round() == null ? "" : " " + e.round()) + (e.talks() == null ? "" : " " + e.talks().code()),
                        String.join(", ", e.participants().stream().map(Engagements.Participant::name).toList()),
                        e.place() == null ? "" : "  in " + e.place(), e.topics().isEmpty() ? "" : "  on " + String.join(", ", e.topics()),
                        e.sources().size(), e.sources().size() == 1 ? "" : "s");
            }
            return 0;
        }
    }

    @Component
    @Command(name = "people", description = "The people in the register, with their names, latest title and country.")
    static class PeopleCommand implements Callable<Integer>, CliCommand {

        private final Directory directory;

        PeopleCommand(Directory directory) {
            this.directory = directory;
        }

        @Override
        public Integer call() {
            for (Directory.Person p : directory.people()) {
                System.out.printf("%5d  %-28s  %-2s  %s  (%s; also %s)%n", p.id(), p.name(), p.country() == null ? "" : p.country(),
                        p.titles().stream().map(t -> t.title() + (t.firstSeen() == null ? "" : " from " + t.firstSeen())).reduce((a, b) -> a + "; " + b).orElse(""),
                        Counted.of(p.engagements(), "engagement", "engagements"), String.join(", ", p.names()));
            }
            return 0;
        }
    }

    @Component
    @Command(name = "organisations", description = "The organisations in the register, with acronyms, kind and country.")
    static class OrganisationsCommand implements Callable<Integer>, CliCommand {

        private final Directory directory;

        OrganisationsCommand(Directory directory) {
            this.directory = directory;
        }

        @Override
        public Integer call() {
            for (Directory.Organisation o : directory.organisations()) {
                System.out.printf("%5d  %-40s  %-8s  %-12s  %-2s  (%s; also %s)%n", o.id(), o.name(), o.acronym() == null ? "" : o.acronym(),
                        o.kind().code(), o.country() == null ? "" : o.country(), Counted.of(o.engagements(), "engagement", "engagements"), String.join(", ", o.names()));
            }
            return 0;
        }
    }

    @Component
    @Command(name = "merges", description = {"The merges the register is unsure of, for a person to confirm or reject.", "  merges | merges confirm ID | merges reject ID"})
    static class MergesCommand implements Callable<Integer>, CliCommand {

        @Parameters(index = "0", arity = "0..1", paramLabel = "confirm|reject")
        @Nullable String action;

        @Parameters(index = "1", arity = "0..1", paramLabel = "ID")
        @Nullable Long id;

        private final MergeProposals merges;

        MergesCommand(MergeProposals merges) {
            this.merges = merges;
        }

        @Override
        public Integer call() {
            String actor = "cli:" + System.getProperty("user.name");
            if (action != null) {
                if (id == null || !(action.equals("confirm") || action.equals("reject"))) {
                    throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "use: merges confirm ID, or merges reject ID");
                }
                MergeProposals.Proposal p = action.equals("confirm") ? merges.confirm(id, actor) : merges.reject(id, actor);
                System.out.printf("merge %d of %s %s and %s: %s%n", p.id(), p.subject().code(), p.kept(), p.merged(), p.status().code());
                return 0;
            }
            for (MergeProposals.Proposal p : merges.open()) {
                System.out.printf("%5d  %-12s  %s  =?  %s   (%s)%n", p.id(), p.subject().code(), p.kept(), p.merged(), p.reason());
            }
            return 0;
        }
    }
}
