package org.bilateral.extraction;

import java.util.List;
import org.bilateral.engagements.EngagementKind;
import org.bilateral.engagements.OrganisationKind;
import org.bilateral.engagements.Talks;
import org.bilateral.shared.Money;
import org.bilateral.shared.ReportedDate;
import org.bilateral.policy.PolicyTopic;

/**
 * What the reader proposes from one press release. Every fact carries its evidence in {@link #text}, the cleaned
 * text of the document; nothing here is in the register until a person accepts it.
 */
public record Extraction(String document, String text, ReportedDate published, String dateline,
                         List<Event> events, List<Person> people, List<Organisation> organisations,
                         List<Commitment> commitments, List<Issue> issues) {

    public Extraction {
        events = List.copyOf(events);
        people = List.copyOf(people);
        organisations = List.copyOf(organisations);
        commitments = List.copyOf(commitments);
        issues = List.copyOf(issues);
    }

    /**
     * A meeting, call, visit, business forum, signing or negotiation round the report says took place.
     * {@code sidelinesOf} is the round it happened beside, when the report says so; {@code talks} the pair of countries
     * of that round, or of the event's own round.
     */
    public record Event(EngagementKind kind, ReportedDate date, ReportedDate endDate, String place, Integer round, Talks talks,
                        List<String> participants, List<String> topics, Integer sidelinesOf, Evidence evidence,
                        Confidence confidence) {
        public Event {
            participants = List.copyOf(participants);
            topics = List.copyOf(topics);
        }
    }

    /** A person taking part in an event, with the title and country the report gives. */
    public record Person(String name, List<String> variants, String title, String country, String organisation,
                         Evidence evidence, Confidence confidence) {
        public Person {
            variants = List.copyOf(variants);
        }
    }

    /** An organisation the report names; {@code participant} says whether it took part in an event. */
    public record Organisation(String name, String acronym, String country, OrganisationKind kind, boolean participant,
                               Evidence evidence, Confidence confidence) {
    }

    /**
     * A purchase the report says was committed: an order, purchase agreement or MOU to buy; its value in US dollars, a
     * point or a range, as the reader wrote it ("1.9 billion" is 1900000000).
     */
    public record Commitment(String buyer, String seller, String item, Long quantity, String unit, Money valueUsd,
                             Money valueLowUsd, Money valueHighUsd, String instrument, Evidence evidence,
                             Confidence confidence) {
    }

    /** A policy issue the report raises, from the fixed vocabulary of {@link PolicyTopic}. */
    public record Issue(PolicyTopic topic, Evidence evidence) {
    }
}
