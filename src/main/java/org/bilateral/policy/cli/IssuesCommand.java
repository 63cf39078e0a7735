package org.bilateral.policy.cli;

import org.bilateral.shared.InvalidInput;
import java.util.concurrent.Callable;
import org.bilateral.policy.PolicyIssues;
import org.bilateral.policy.PolicyTopic;
import org.bilateral.workbench.CliCommand;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import org.jspecify.annotations.Nullable;

@Component
@Command(name = "issues", description = "Policy issues raised: how often and when, or the history of one (--topic market_economy_status|export_controls|trade_fraud|tariffs).")
class IssuesCommand implements Callable<Integer>, CliCommand {

    @Option(names = "--topic")
    @Nullable String topic;

    private final PolicyIssues issues;

    IssuesCommand(PolicyIssues issues) {
        this.issues = issues;
    }

    private static PolicyTopic topicOf(String text) {
        return InvalidInput.field("--topic", () -> PolicyTopic.parse(text));
    }

    @Override
    public Integer call() {
        if (topic == null) {
            for (PolicyIssues.Summary s : issues.summary()) {
                System.out.printf("%-30s raised %s, %s to %s%n", s.topic().label(), s.times() == 1 ? "once" : s.times() + " times", s.first(), s.last());
            }
            return 0;
        }
        for (PolicyIssues.Raised r : issues.history(topicOf(topic))) {
            System.out.printf("%s  %s  %s%n", r.raisedOn() == null ? "undated   " : r.raisedOn(), r.pressRelease(), r.evidence());
        }
        return 0;
    }
}
