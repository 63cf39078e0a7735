package org.bilateral.extraction.reading;

import static org.bilateral.extraction.reading.Scoring.isDayDate;
import static org.bilateral.extraction.reading.Scoring.norm;
import static org.bilateral.extraction.reading.Scoring.tokenF1;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.bilateral.extraction.Extraction;
import org.bilateral.extraction.reading.Scoring.Metric;
import org.bilateral.extraction.reading.Scoring.Score;
import org.bilateral.extraction.reading.Scoring.Tally;
import org.jspecify.annotations.Nullable;

/**
 * One document's tallies, metric by metric, as {@code score.py} counts them ({@link Scoring} says how): who takes part,
 * who takes part on which day, the people and their titles, the purchases, the issues, the rounds and the date.
 */
final class DocumentTallies {

    private DocumentTallies() {
    }

    /** The document's counts; {@code predicted} null when the reader gave nothing for it (all misses). */
    static Score of(GoldDocument gold, @Nullable Extraction predicted) {
        List<Extraction.Event> pEvents = predicted == null ? List.of() : predicted.events();
        Tally[] t = new Tally[Metric.values().length];
        List<Double> titles = new ArrayList<>();
        t[Metric.PARTICIPANTS.ordinal()] = participants(gold, pEvents);
        t[Metric.DATED.ordinal()] = datedParticipation(gold, pEvents);
        t[Metric.PEOPLE.ordinal()] = people(gold, predicted == null ? List.of() : predicted.people(), titles);
        t[Metric.COMMITMENTS.ordinal()] = commitments(gold, predicted == null ? List.of() : predicted.commitments());
        // issues and rounds: plain sets
        Set<String> gIssues = new HashSet<>(gold.issues());
        Set<String> pIssues = new HashSet<>();
        if (predicted != null) {
            predicted.issues().forEach(i -> pIssues.add(i.topic().code()));
        }
        t[Metric.ISSUES.ordinal()] = sets(gIssues, pIssues);
        Set<Integer> gRounds = new HashSet<>(gold.rounds());
        Set<Integer> pRounds = new HashSet<>();
        for (Extraction.Event ev : pEvents) {
            if (ev.round() != null) {
                pRounds.add(ev.round());
            }
        }
        t[Metric.ROUNDS.ordinal()] = sets(gRounds, pRounds);
        t[Metric.PUBLISHED.ordinal()] = published(gold, predicted);
        return new Score(List.of(t), titles);
    }

    /** Participants: who takes part in any event of the document, each found at most once. */
    private static Tally participants(GoldDocument gold, List<Extraction.Event> pEvents) {
        List<Entity> entities = new ArrayList<>();
        for (GoldDocument.Event ev : gold.events()) {
            for (List<String> aliases : ev.participants()) {
                String first = aliases.isEmpty() ? null : alias(aliases.get(0));
                if (entities.stream().noneMatch(e -> e.matches(first))) {
                    entities.add(new Entity(aliases));
                }
            }
        }
        List<String> pNames = new ArrayList<>();
        for (Extraction.Event ev : pEvents) {
            for (String n : ev.participants()) {
                if (n != null && !n.isEmpty()) {
                    pNames.add(n);
                }
            }
        }
        return matchSets(entities, pNames);
    }

    private record GoldPair(Entity entity, Set<String> dates, boolean dated) {
    }

    private record Pair(String name, String date) {
    }

    /** Dated participation: (participant, day) pairs of the events whose day the text gives. */
    private static Tally datedParticipation(GoldDocument gold, List<Extraction.Event> pEvents) {
        List<GoldPair> goldPairs = new ArrayList<>();
        for (GoldDocument.Event ev : gold.events()) {
            boolean dated = ev.dates().stream().allMatch(Scoring::isDayDate);
            for (List<String> aliases : ev.participants()) {
                goldPairs.add(new GoldPair(new Entity(aliases), new HashSet<>(ev.dates()), dated));
            }
        }
        Set<Integer> matched = new HashSet<>();
        int fp = 0;
        for (Pair p : pairs(pEvents)) {
            List<Integer> hits = new ArrayList<>();
            for (int i = 0; i < goldPairs.size(); i++) {
                GoldPair g = goldPairs.get(i);
                if (g.entity().aliases.contains(p.name()) && g.dates().contains(p.date())) {
                    hits.add(i);
                }
            }
            List<Integer> counted = hits.stream().filter(i -> goldPairs.get(i).dated()).toList();
            if (!counted.isEmpty()) {
                matched.addAll(counted);
            } else if (hits.isEmpty()) {
                fp++;
            }
            // a pair matching only events whose day is not given is neither right nor wrong
        }
        int needed = 0;
        int tp = 0;
        for (int i = 0; i < goldPairs.size(); i++) {
            if (goldPairs.get(i).dated()) {
                needed++;
                if (matched.contains(i)) {
                    tp++;
                }
            }
        }
        return new Tally(tp, fp, needed - tp);
    }

    /** The reader's (participant, day) pairs, once each, of the events it dates to the day. */
    private static Set<Pair> pairs(List<Extraction.Event> pEvents) {
        Set<Pair> pPairs = new LinkedHashSet<>();
        for (Extraction.Event ev : pEvents) {
            String date = ev.date() == null ? null : ev.date().toString();
            if (!isDayDate(date)) {
                continue;
            }
            for (String n : ev.participants()) {
                if (n != null && !n.isEmpty()) {
                    pPairs.add(new Pair(norm(n), date));
                }
            }
        }
        return pPairs;
    }

    /** People: (person, country), and how well their titles are given, added to {@code titles}. */
    private static Tally people(GoldDocument gold, List<Extraction.Person> predicted, List<Double> titles) {
        List<Entity> people = gold.people().stream().map(p -> new Entity(p.names())).toList();
        Set<Integer> found = new HashSet<>();
        int fp = 0;
        for (Extraction.Person person : predicted) {
            int hit = firstMatch(people, person.name());
            if (hit < 0 || !Objects.equals(nullAsEmpty(person.country()), gold.people().get(hit).country())) {
                fp++;
            } else if (found.add(hit)) {
                titles.add(tokenF1(person.title(), gold.people().get(hit).title()));
            }
        }
        for (int i = 0; i < people.size(); i++) {
            if (!found.contains(i)) {
                titles.add(0.0);
            }
        }
        return new Tally(found.size(), fp, people.size() - found.size());
    }

    /** Commitments: the buyer, and the quantity, value (within a tenth) and seller where the gold gives them. */
    private static Tally commitments(GoldDocument gold, List<Extraction.Commitment> predicted) {
        List<GoldDocument.Commitment> gCommitments = gold.commitments();
        Set<Integer> used = new HashSet<>();
        int fp = 0;
        for (Extraction.Commitment c : predicted) {
            int hit = firstUnused(gCommitments, used, c);
            if (hit < 0) {
                fp++;
            } else {
                used.add(hit);
            }
        }
        return new Tally(used.size(), fp, gCommitments.size() - used.size());
    }

    /** The first gold commitment not yet matched that the reader's agrees with; -1 when none does. */
    private static int firstUnused(List<GoldDocument.Commitment> gCommitments, Set<Integer> used, Extraction.Commitment c) {
        for (int i = 0; i < gCommitments.size(); i++) {
            GoldDocument.Commitment g = gCommitments.get(i);
            if (used.contains(i) || !new Entity(g.buyer()).matches(c.buyer())) {
                continue;
            }
            if (g.quantity() != null && !g.quantity().equals(c.quantity())) {
                continue;
            }
            if (g.valueUsd() != null) {
                // the reader's decimal back as the double it was read as: within a tenth of the gold's, as score.py
                Double v = c.valueUsd() == null ? null : c.valueUsd().usd().doubleValue();
                if (v == null || Math.abs(v - g.valueUsd()) > 0.1 * g.valueUsd()) {
                    continue;
                }
            }
            boolean anySeller = g.seller().isEmpty() || g.seller().contains("");
            if (!anySeller && !new Entity(g.seller()).matches(c.seller())) {
                continue;
            }
            return i;
        }
        return -1;
    }

    /** Publication date: "" in the gold (or no gold date at all) is "none given". */
    private static Tally published(GoldDocument gold, @Nullable Extraction predicted) {
        String published = predicted == null || predicted.published() == null ? "" : predicted.published().toString();
        List<String> accepted = gold.published().isEmpty() ? List.of("") : gold.published();
        boolean ok = accepted.contains(published);
        return new Tally(ok ? 1 : 0, ok ? 0 : 1, 0);
    }

    /** Each gold entity found at most once; a predicted name matching none is one false positive per normalised form. */
    private static Tally matchSets(List<Entity> gold, List<String> predicted) {
        Set<Integer> found = new HashSet<>();
        Set<String> seenUnmatched = new HashSet<>();
        int fp = 0;
        for (String name : predicted) {
            int hit = firstMatch(gold, name);
            if (hit < 0) {
                String key = norm(name);
                if (!key.isEmpty() && seenUnmatched.add(key)) {
                    fp++;
                }
            } else {
                found.add(hit);
            }
        }
        return new Tally(found.size(), fp, gold.size() - found.size());
    }

    private static <T> Tally sets(Set<T> gold, Set<T> predicted) {
        int tp = (int) predicted.stream().filter(gold::contains).count();
        return new Tally(tp, predicted.size() - tp, gold.size() - tp);
    }

    private static int firstMatch(List<Entity> entities, String name) {
        for (int i = 0; i < entities.size(); i++) {
            if (entities.get(i).matches(name)) {
                return i;
            }
        }
        return -1;
    }

    private static @Nullable String alias(String a) {
        return a.isEmpty() ? null : a;
    }

    private static String nullAsEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }

    /** A gold name with the spellings that count as it, normalised; "" (the gold's null) is none. */
    private static final class Entity {
        final Set<String> aliases = new HashSet<>();

        Entity(List<String> names) {
            for (String a : names) {
                if (!a.isEmpty()) {
                    aliases.add(norm(a));
                }
            }
        }

        boolean matches(@Nullable String name) {
            return name != null && aliases.contains(norm(name));
        }
    }
}
