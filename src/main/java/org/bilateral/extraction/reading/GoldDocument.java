package org.bilateral.extraction.reading;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * What an analyst recorded from one document of the corpus ({@code ../shared/corpus/README.md}): every name with the
 * aliases that count as it, every date with the alternatives the text allows. The trained parts of the reader learn
 * from these records, and {@link Scoring} measures a reading against them.
 */
public record GoldDocument(String document, List<String> published, List<Integer> rounds, List<Event> events,
                           List<Person> people, List<Commitment> commitments, List<String> issues) {

    public GoldDocument {
        published = List.copyOf(published);
        rounds = List.copyOf(rounds);
        events = List.copyOf(events);
        people = List.copyOf(people);
        commitments = List.copyOf(commitments);
        issues = List.copyOf(issues);
    }

    /** An event; {@code dates} and {@code places} are the accepted answers (an empty string stands for "none given"). */
    public record Event(@Nullable String kind, List<String> dates, List<String> places, @Nullable Integer round, List<List<String>> participants) {
        public Event {
            dates = List.copyOf(dates);
            places = List.copyOf(places);
            participants = participants.stream().map(List::copyOf).toList();
        }
    }

    /** A person taking part, each of {@code names} an accepted spelling, the first the canonical one. */
    public record Person(List<String> names, @Nullable String country, @Nullable String title) {
        public Person {
            names = List.copyOf(names);
        }
    }

    /** A purchase commitment; the seller's aliases may include "" where the gold accepts none named. */
    public record Commitment(List<String> buyer, List<String> seller, @Nullable Long quantity, @Nullable Double valueUsd) {
        public Commitment {
            buyer = List.copyOf(buyer);
            seller = List.copyOf(seller);
        }
    }
}
