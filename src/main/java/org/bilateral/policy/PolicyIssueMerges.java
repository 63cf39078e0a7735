package org.bilateral.policy;

import org.bilateral.engagements.MergeConfirmed;
import org.bilateral.engagements.MergeSubject;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps the issues raised pointing at an engagement that still stands when a reviewer merges two engagements. */
@Component
class PolicyIssueMerges {

    private final PolicyIssueStore store;

    PolicyIssueMerges(PolicyIssueStore store) {
        this.store = store;
    }

    @EventListener
    void on(MergeConfirmed merge) {
        if (merge.subject() == MergeSubject.ENGAGEMENT) {
            store.moveEngagement(merge.mergedId(), merge.keptId());
        }
    }
}
