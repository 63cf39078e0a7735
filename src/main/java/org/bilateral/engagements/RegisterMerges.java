package org.bilateral.engagements;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A confirmed merge of people, organisations or engagements: the kept record takes the merged one's names, titles,
 * participants, topics and sources, in the confirmation's transaction, before {@link MergeProposals} deletes it.
 */
@Component
class RegisterMerges {

    private final PeopleStore people;
    private final OrganisationStore organisations;
    private final EngagementStore engagements;

    RegisterMerges(PeopleStore people, OrganisationStore organisations, EngagementStore engagements) {
        this.people = people;
        this.organisations = organisations;
        this.engagements = engagements;
    }

    @EventListener
    void on(MergeConfirmed merge) {
        switch (merge.subject()) {
            case PERSON -> people.merge(merge.keptId(), merge.mergedId());
            case ORGANISATION -> organisations.merge(merge.keptId(), merge.mergedId());
            case ENGAGEMENT -> engagements.merge(merge.keptId(), merge.mergedId());
            case DEAL -> {
                // a deal is merged by the module that keeps deals
            }
        }
    }
}
