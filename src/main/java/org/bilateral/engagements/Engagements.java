package org.bilateral.engagements;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bilateral.engagements.Directory.OrganisationId;
import org.bilateral.engagements.Directory.PersonId;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.NotFound;
import org.bilateral.shared.ReportedDate;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case: engagements on one timeline. The same meeting told by two outlets is one engagement with two sources
 * ({@link SameEngagement} says when); when the day or the participants only nearly agree, the merge is proposed.
 */
@Service
public class Engagements {

    public record EngagementId(long value) {
    }

    /** {@code talks} names the pair of countries of a negotiation round, or of the round an event was beside. */
    public record RecordEngagement(EngagementKind kind, @Nullable ReportedDate happened, @Nullable ReportedDate ended,
                                   @Nullable String place, @Nullable Integer round, @Nullable Talks talks, List<PersonId> people,
                                   List<OrganisationId> organisations, List<String> topics, @Nullable Integer sidelinesOfRound,
                                   long pressReleaseId, String source, String evidence) {
        public RecordEngagement {
            if (kind == null) {
                throw new InvalidInput(Said.of("refusal.where.engagementKind"), Said.of("refusal.engagements.needsKind"));
            }
            people = List.copyOf(people);
            organisations = List.copyOf(organisations);
            topics = List.copyOf(topics);
        }
    }

    /** @param type {@code person} or {@code organisation} */
    public record Participant(String type, long id, String name, @Nullable String title, @Nullable String country) {
    }

    public record Source(long pressReleaseId, String name, String evidence) {
    }

    public record Engagement(long id, EngagementKind kind, @Nullable String happened, @Nullable String ended, @Nullable String place,
                             @Nullable Integer round, @Nullable Talks talks, @Nullable Long sidelinesOf, List<Participant> participants,
                             List<String> topics, List<Source> sources) {
    }

    private final EngagementStore store;
    private final MergeProposals merges;

    Engagements(EngagementStore store, MergeProposals merges) {
        this.store = store;
        this.merges = merges;
    }

    /**
     * An engagement a report tells of: the negotiation round of its number and talks, or one of the same kind, day and
     * two participants, or a new one (proposed as a merge with one it nearly matches). Adds the report's participants,
     * topics and source either way.
     */
    @Transactional
    public EngagementId record(RecordEngagement c) {
        Integer round = c.round();
        Long id;
        SameEngagement.Verdict verdict = new SameEngagement.Verdict(null, null, null);
        if (c.kind() == EngagementKind.NEGOTIATION_ROUND && round != null) {
            id = store.round(round, c.talks()).orElse(null);
        } else {
            verdict = SameEngagement.among(c.kind(), c.happened(), SameEngagement.keys(c.people(), c.organisations()),
                    store.sharingParticipants(c.people(), c.organisations()));
            id = verdict.same();
        }
        if (id != null) {
            store.fillIn(id, c);
        } else {
            id = store.insert(c);
            Long likely = verdict.likely();
            String reason = verdict.reason();
            if (likely != null && reason != null) {
                merges.propose(MergeSubject.ENGAGEMENT, likely, id, reason);
            }
        }
        Integer beside = c.sidelinesOfRound();
        if (beside != null) {
            store.beside(id, beside, c.talks());
        }
        store.add(id, c);
        return new EngagementId(id);
    }

    /** Engagements newest first; those of one person or organisation when asked. */
    public List<Engagement> timeline(@Nullable Long personId, @Nullable Long organisationId) {
        return store.load(store.timeline(personId, organisationId));
    }

    /** An engagement, or nothing when there is none of this number (merged into another, say). */
    public Optional<Engagement> engagement(long id) {
        return store.load(List.of(id)).stream().findFirst();
    }

    /** An engagement a page or a command was asked for: one that is not there is {@link NotFound}. */
    public Engagement existingEngagement(long id) {
        return engagement(id).orElseThrow(() -> new NotFound(NotFound.Thing.ENGAGEMENT, id));
    }

    /** Engagements reported in any of these press releases, or with these ids, newest first. */
    public List<Engagement> reportedInOrListed(Collection<Long> pressReleaseIds, Collection<Long> ids) {
        return store.load(store.reportedInOrListed(pressReleaseIds, ids));
    }

    public long count() {
        return store.count();
    }
}
