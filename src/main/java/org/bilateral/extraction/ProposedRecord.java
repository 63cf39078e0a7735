package org.bilateral.extraction;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bilateral.commitments.Instrument;
import org.bilateral.engagements.EngagementKind;
import org.bilateral.engagements.OrganisationKind;
import org.bilateral.engagements.Talks;
import org.bilateral.policy.Asks;
import org.bilateral.policy.PolicyTopic;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.Money;
import org.bilateral.shared.NotFound;
import org.bilateral.shared.ReportedDate;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;

/**
 * What the reader proposes for the register from one press release, as a reviewer sees, corrects and accepts it: an
 * event, a person, an organisation, a purchase commitment or a policy issue. Each is typed as the register will hold
 * it, says what is wrong with it ({@link #problems}) before anything is stored, and is stored as JSON by
 * {@link ProposalJson} under the field names the review page and the API show.
 */
public sealed interface ProposedRecord
        permits ProposedRecord.Event, ProposedRecord.Person, ProposedRecord.Organisation, ProposedRecord.Commitment, ProposedRecord.Issue {

    /** What a proposal is of, as the {@code proposal.subject} column and the review page name it. */
    enum Subject {
        EVENT(Event.class), PERSON(Person.class), ORGANISATION(Organisation.class), COMMITMENT(Commitment.class), ISSUE(Issue.class);

        private final Class<? extends ProposedRecord> type;

        Subject(Class<? extends ProposedRecord> type) {
            this.type = type;
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public Class<? extends ProposedRecord> type() {
            return type;
        }

        public static Subject parse(String code) {
            return valueOf(code.strip().toUpperCase(Locale.ROOT));
        }
    }

    /** What this record is of, by its type. */
    default Subject subject() {
        for (Subject s : Subject.values()) {
            if (s.type() == getClass()) {
                return s;
            }
        }
        throw new IllegalStateException("no subject for " + getClass());
    }

    /** One line for lists: "meeting 2026-02-02", "Lê Mạnh Hùng", "VietJet: 200 aircraft". */
    String label();

    /** What keeps this record from the register, field by field; empty when it may be accepted. */
    List<InputProblem> problems(String source);

    /** A meeting, call, visit, forum, signing or round; {@code talks} is the pair of countries of its round. */
    record Event(EngagementKind kind, ReportedDate date, @JsonProperty("end_date") ReportedDate endDate, String place, Integer round,
                 Talks talks, List<String> participants, List<String> topics, @JsonProperty("sidelines_of") Integer sidelinesOf)
            implements ProposedRecord {

        public Event {
            participants = participants == null ? List.of() : List.copyOf(participants);
            topics = topics == null ? List.of() : List.copyOf(topics);
        }

        static Event of(Extraction.Event e) {
            return new Event(e.kind(), e.date(), e.endDate(), e.place(), e.round(), e.talks(), e.participants(), e.topics(), e.sidelinesOf());
        }

        @Override
        public String label() {
            return (kind == null ? "event" : kind.code()) + (date == null ? "" : " " + date);
        }

        @Override
        public List<InputProblem> problems(String source) {
            List<InputProblem> problems = new ArrayList<>();
            if (kind == null) {
                problems.add(new InputProblem(source, null, "kind", Said.of("refusal.extraction.requiredExpected", ProposalJson.expected(Subject.EVENT, "kind"))));
            }
            if (date != null && endDate != null && endDate.yearKnown() && date.yearKnown() && endDate.compareTo(date) < 0) {
                problems.add(new InputProblem(source, null, "end_date", Said.of("refusal.extraction.beforeDate", String.valueOf(date))));
            }
            if (round != null && (round < 1 || round > 999)) {
                problems.add(new InputProblem(source, null, "round", Said.of("refusal.extraction.roundNumber", String.valueOf(round))));
            }
            if (sidelinesOf != null && (sidelinesOf < 1 || sidelinesOf > 999)) {
                problems.add(new InputProblem(source, null, "sidelines_of", Said.of("refusal.extraction.roundNumber", String.valueOf(sidelinesOf))));
            }
            for (String name : participants) {
                if (name == null || name.isBlank()) {
                    problems.add(new InputProblem(source, null, "participants", Said.of("refusal.extraction.participantEmpty")));
                } else if (name.length() > ProposalJson.LONGEST_NAME) {
                    problems.add(new InputProblem(source, null, "participants", Said.of("refusal.extraction.nameAtMost", String.valueOf(ProposalJson.LONGEST_NAME))));
                } else {
                    ProposalJson.named(name, "participants", source, problems);
                }
            }
            ProposalJson.length(place, "place", source, problems);
            return problems;
        }
    }

    /** A person taking part in an event, with the title and country the report gives. */
    record Person(String name, @Nullable String title, @Nullable CountryCode country, @Nullable String organisation) implements ProposedRecord {

        static Person of(Extraction.Person p) {
            return new Person(p.name(), p.title(), ProposalJson.country(p.country()), p.organisation());
        }

        @Override
        public String label() {
            return String.valueOf(name);
        }

        @Override
        public List<InputProblem> problems(String source) {
            List<InputProblem> problems = new ArrayList<>();
            ProposalJson.required(name, "name", source, problems);
            ProposalJson.named(name, "name", source, problems);
            ProposalJson.length(title, "title", source, problems);
            ProposalJson.named(organisation, "organisation", source, problems);
            ProposalJson.length(organisation, "organisation", source, problems);
            return problems;
        }
    }

    /** An organisation the report names; {@code participant} says whether it took part in an event. */
    record Organisation(String name, @Nullable String acronym, @Nullable CountryCode country, @Nullable OrganisationKind kind, boolean participant)
            implements ProposedRecord {

        static Organisation of(Extraction.Organisation o) {
            return new Organisation(o.name(), o.acronym(), ProposalJson.country(o.country()), o.kind(), o.participant());
        }

        @Override
        public String label() {
            return String.valueOf(name);
        }

        @Override
        public List<InputProblem> problems(String source) {
            List<InputProblem> problems = new ArrayList<>();
            ProposalJson.required(name, "name", source, problems);
            ProposalJson.named(name, "name", source, problems);
            ProposalJson.length(acronym, "acronym", source, problems);
            return problems;
        }
    }

    /**
     * A purchase the report says was committed; values in US dollars, held exactly as reported or typed (10000000000
     * stays ten billion, 9500000000.50 stays to the cent), without trailing zeros.
     */
    record Commitment(String buyer, String seller, String item, Long quantity, String unit, @JsonProperty("value_usd") Money valueUsd,
                      @JsonProperty("value_low_usd") Money valueLowUsd, @JsonProperty("value_high_usd") Money valueHighUsd,
                      @Nullable Instrument instrument) implements ProposedRecord {

        /** The largest value a purchase may state: a trillion dollars is more than any deal of the genre. */
        static final BigDecimal LARGEST_VALUE = new BigDecimal("1000000000000");

        /** The largest quantity: a trillion units. */
        static final long LARGEST_QUANTITY = 1_000_000_000_000L;

        public Commitment {
            valueUsd = plain(valueUsd);
            valueLowUsd = plain(valueLowUsd);
            valueHighUsd = plain(valueHighUsd);
        }

        /** The same amount written without trailing zeros or an exponent: 1.0E10 is 10000000000, 2.50 is 2.5. */
        private static @Nullable Money plain(@Nullable Money v) {
            if (v == null) {
                return null;
            }
            BigDecimal stripped = v.usd().stripTrailingZeros();
            return Money.usd(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
        }

        static Commitment of(Extraction.Commitment c) {
            return new Commitment(c.buyer(), c.seller(), c.item(), c.quantity(), c.unit(), c.valueUsd(), c.valueLowUsd(),
                    c.valueHighUsd(), c.instrument() == null ? null : Instrument.parse(c.instrument()));
        }

        @Override
        public String label() {
            return buyer + ": " + (quantity == null ? "" : quantity + " ") + (item == null ? "goods not named" : item);
        }

        @Override
        public List<InputProblem> problems(String source) {
            List<InputProblem> problems = new ArrayList<>();
            ProposalJson.required(buyer, "buyer", source, problems);
            ProposalJson.named(buyer, "buyer", source, problems);
            ProposalJson.required(item, "item", source, problems);
            ProposalJson.length(seller, "seller", source, problems);
            ProposalJson.named(seller, "seller", source, problems);
            ProposalJson.length(unit, "unit", source, problems);
            if (quantity != null && (quantity <= 0 || quantity > LARGEST_QUANTITY)) {
                problems.add(new InputProblem(source, null, "quantity", Said.of("refusal.extraction.quantityRange", String.valueOf(quantity))));
            }
            value(valueUsd, "value_usd", source, problems);
            value(valueLowUsd, "value_low_usd", source, problems);
            value(valueHighUsd, "value_high_usd", source, problems);
            if (valueLowUsd != null && valueHighUsd != null && valueLowUsd.compareTo(valueHighUsd) > 0) {
                problems.add(new InputProblem(source, null, "value_low_usd", Said.of("refusal.extraction.lowAboveHigh")));
            }
            return problems;
        }

        private static void value(@Nullable Money amount, String field, String source, List<InputProblem> problems) {
            if (amount == null) {
                return;
            }
            BigDecimal v = amount.usd();
            if (v.signum() <= 0 || v.compareTo(LARGEST_VALUE) > 0) {
                problems.add(new InputProblem(source, null, field, Said.of("refusal.extraction.valueRange", v.toPlainString())));
            } else if (v.scale() > 2) {
                // the register holds dollars to the cent: a finer amount would be rounded there, so it is refused here
                problems.add(new InputProblem(source, null, field, Said.of("refusal.extraction.valueCents", v.toPlainString())));
            }
        }
    }

    /**
     * A policy issue the report raises, from the fixed vocabulary of {@link PolicyTopic}; and, when the reviewer names one,
     * the ask on the table ("A3") the report states a position on: accepting it adds the report as that ask's position.
     */
    record Issue(PolicyTopic topic, @Nullable String ask) implements ProposedRecord {

        public Issue(PolicyTopic topic) {
            this(topic, null);
        }

        @Override
        public String label() {
            return topic == null ? "issue" : topic.label();
        }

        @Override
        public List<InputProblem> problems(String source) {
            List<InputProblem> problems = new ArrayList<>();
            if (topic == null) {
                problems.add(new InputProblem(source, null, "topic", Said.of("refusal.extraction.requiredExpected", ProposalJson.expected(Subject.ISSUE, "topic"))));
            } else if (!topic.isIssue()) {
                // Market access and the other topics of asks are not issues a report raises: attach the report to the ask.
                problems.add(new InputProblem(source, null, "topic", Said.of("refusal.extraction.expectedNot", ProposalJson.expected(Subject.ISSUE, "topic"),
                        topic.code())));
            }
            if (ask != null && !ask.isBlank() && newAsk().isEmpty()) {
                try {
                    Asks.number(ask);
                } catch (NotFound notAnAsk) {
                    problems.add(new InputProblem(source, null, "ask", ProposalJson.expected(Subject.ISSUE, "ask")));
                }
            }
            return problems;
        }

        private static final java.util.regex.Pattern NEW_ASK = java.util.regex.Pattern.compile(
                "(?i)new\\s+([a-z]{2})\\s+(?:of\\s+)?([a-z]{2})");

        /**
         * The sides of a new ask the reviewer opens from the report ("new VN of US": Vietnam asks the United States),
         * or empty when the field names an ask on record or nothing.
         */
        public java.util.Optional<List<CountryCode>> newAsk() {
            if (ask == null) {
                return java.util.Optional.empty();
            }
            var m = NEW_ASK.matcher(ask.strip());
            if (!m.matches() || m.group(1).equalsIgnoreCase(m.group(2))) {
                return java.util.Optional.empty();
            }
            try {
                return java.util.Optional.of(List.of(CountryCode.of(m.group(1).toUpperCase(Locale.ROOT)),
                        CountryCode.of(m.group(2).toUpperCase(Locale.ROOT))));
            } catch (IllegalArgumentException notCountries) {
                return java.util.Optional.empty();
            }
        }
    }
}
