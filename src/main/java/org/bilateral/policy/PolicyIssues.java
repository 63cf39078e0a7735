package org.bilateral.policy;

import java.time.LocalDate;
import java.util.List;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use case: the history of each policy issue, when it was raised, in which report and engagement, in which words. */
@Service
public class PolicyIssues {

    private final PolicyIssueStore store;

    PolicyIssues(PolicyIssueStore store) {
        this.store = store;
    }

    /** A report raising an issue: its topic, the day, the report, the engagement where known, and the words. */
    public record RaiseIssue(PolicyTopic topic, @Nullable LocalDate raisedOn, long pressReleaseId, String source,
                             @Nullable Long engagementId, String evidence) {
        public RaiseIssue {
            // the fields are checked although the types say non-null: a proposal's reviewer may have emptied them
            if (topic == null) {
                throw new InvalidInput("topic", Said.of("refusal.policy.issueTopic"));
            }
            if (evidence == null || evidence.isBlank()) {
                throw new InvalidInput("evidence", Said.of("refusal.policy.issueEvidence"));
            }
        }
    }

    public record Raised(long id, PolicyTopic topic, @Nullable LocalDate raisedOn, long pressReleaseId, String pressRelease,
                         @Nullable Long engagementId, String evidence) {
    }

    public record Summary(PolicyTopic topic, long times, @Nullable LocalDate first, @Nullable LocalDate last) {
    }

    /** Records that a report raised the issue; the same report raising it twice is one record. */
    @Transactional
    public long raise(RaiseIssue c) {
        return store.insert(c);
    }

    public List<Summary> summary() {
        return store.summary();
    }

    /** Every time the issue was raised, newest first; all issues when topic is null. */
    public List<Raised> history(@Nullable PolicyTopic topic) {
        return store.history(topic);
    }
}
