package org.bilateral.extraction;

import java.util.ArrayList;
import java.util.List;
import org.bilateral.commitments.PurchaseCommitments;
import org.bilateral.commitments.Instrument;
import org.bilateral.commitments.ReportedDeal;
import org.bilateral.commitments.ReportedValue;
import org.bilateral.engagements.Directory;
import org.bilateral.engagements.Engagements;
import org.bilateral.engagements.OrganisationKind;
import org.bilateral.extraction.PressReleases.Document;
import org.bilateral.extraction.PressReleases.Proposal;
import org.bilateral.policy.PolicyIssues;
import org.bilateral.shared.Money;
import org.bilateral.shared.NameKey;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * An accepted proposal entered in the register it belongs to: a person or organisation in the directory, an event in
 * the engagements with its participants, a purchase among the commitments, an issue on the policy timeline (and, when
 * the reviewer says so, as a position on an ask).
 */
@Component
class RegisterEntries {

    private final Directory directory;
    private final Engagements engagements;
    private final PurchaseCommitments commitments;
    private final PolicyIssues issues;
    private final Participants participants;
    private final Positions positions;

    RegisterEntries(Directory directory, Engagements engagements, PurchaseCommitments commitments, PolicyIssues issues,
                    Participants participants, Positions positions) {
        this.directory = directory;
        this.engagements = engagements;
        this.commitments = commitments;
        this.issues = issues;
        this.participants = participants;
        this.positions = positions;
    }

    /** Enters the record as the reviewer corrected it; answers the id of the register's record it became. */
    long enter(ProposedRecord record, Proposal proposed, Document doc, String evidence, String source) {
        if (record instanceof ProposedRecord.Person person) {
            Directory.PersonId who = participants.person(person, doc);
            // the spelling the reader found stays the person's too, so the event that names them so still finds them
            directory.alsoWritten(who, ((ProposedRecord.Person) proposed.payload()).name());
            return who.value();
        }
        if (record instanceof ProposedRecord.Organisation organisation) {
            Directory.OrganisationId which = participants.organisation(organisation);
            directory.alsoWritten(which, ((ProposedRecord.Organisation) proposed.payload()).name());
            return which.value();
        }
        if (record instanceof ProposedRecord.Event event) {
            return event(event, (ProposedRecord.Event) proposed.payload(), doc, evidence);
        }
        if (record instanceof ProposedRecord.Commitment commitment) {
            return commitment(commitment, doc, evidence);
        }
        return issue((ProposedRecord.Issue) record, doc, evidence, source);
    }

    private long issue(ProposedRecord.Issue issue, Document doc, String evidence, String source) {
        long raised = issues.raise(new PolicyIssues.RaiseIssue(issue.topic(), doc.published(), doc.id(), doc.name(), null, evidence));
        var sides = issue.newAsk();
        if (sides.isPresent()) {
            positions.openAsk(sides.get(), issue, doc, evidence, source);
        } else if (issue.ask() != null && !issue.ask().isBlank()) {
            positions.take(issue.ask(), doc, evidence, source);
        }
        return raised;
    }

    private long event(ProposedRecord.Event e, ProposedRecord.Event proposed, Document doc, String evidence) {
        List<Directory.PersonId> people = new ArrayList<>();
        List<Directory.OrganisationId> orgs = new ArrayList<>();
        for (int i = 0; i < e.participants().size(); i++) {
            String name = e.participants().get(i);
            // A list corrected name for name, as long as the reader's: the name in the same place is the one corrected.
            String earlier = proposed.participants().size() == e.participants().size()
                    && !NameKey.of(proposed.participants().get(i)).equals(NameKey.of(name)) ? proposed.participants().get(i) : null;
            Object who = participants.whom(name, earlier, doc);
            if (who instanceof Directory.PersonId person) {
                if (!people.contains(person)) {
                    people.add(person);
                }
            } else if (!orgs.contains((Directory.OrganisationId) who)) {
                orgs.add((Directory.OrganisationId) who);
            }
        }
        return engagements.record(new Engagements.RecordEngagement(e.kind(), e.date(), e.endDate(), e.place(), e.round(), e.talks(),
                people, orgs, e.topics(), e.sidelinesOf(), doc.id(), doc.name(), evidence)).value();
    }

    private long commitment(ProposedRecord.Commitment c, Document doc, String evidence) {
        Directory.OrganisationId buyer = directory.recordOrganisation(new Directory.RecordOrganisation(c.buyer(), null, null, OrganisationKind.COMPANY));
        Directory.OrganisationId seller = c.seller() == null || c.seller().isBlank() ? null
                : directory.recordOrganisation(new Directory.RecordOrganisation(c.seller(), null, null, OrganisationKind.COMPANY));
        // a press release that names no instrument announces the deal, at the stage an announcement reaches
        Instrument instrument = c.instrument() == null ? Instrument.ANNOUNCEMENT : c.instrument();
        return commitments.record(new ReportedDeal(buyer, seller, List.of(new ReportedDeal.Item(c.item(), null)), null, c.quantity(), c.unit(),
                value(c), instrument, instrument.stage(), doc.published(), null, false,
                ReportedDeal.Source.pressRelease(doc.id(), doc.name(), evidence), null)).deal().value();
    }

    /** The purchase's value as reported: a point, a range or either end of one; null when it gives none. */
    static @Nullable ReportedValue value(ProposedRecord.Commitment c) {
        if (c.valueUsd() == null && c.valueLowUsd() == null && c.valueHighUsd() == null) {
            return null;
        }
        Money low = c.valueLowUsd() != null ? c.valueLowUsd() : c.valueUsd() != null ? c.valueUsd() : c.valueHighUsd();
        Money high = c.valueHighUsd() != null ? c.valueHighUsd() : c.valueUsd() != null ? c.valueUsd() : c.valueLowUsd();
        return ReportedValue.usd(low.usd(), high.usd());
    }
}
