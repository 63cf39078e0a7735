package org.bilateral.extraction.reading;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.bilateral.engagements.EngagementKind;
import org.bilateral.engagements.Talks;
import org.bilateral.extraction.Evidence;
import org.bilateral.extraction.reading.Sentences.Sentence;
import org.bilateral.shared.ReportedDate;

/**
 * An event as the events step builds it from one sentence, before the report's returns to it are merged in
 * ({@link EventMerging}): mutable, since each rule fills in its part.
 */
final class EventDraft {
    final EngagementKind kind;
    final Sentence sentence;
    final LinkedHashSet<String> participants = new LinkedHashSet<>();
    /** The participants who are people, for a later "the two leaders" to stand for. */
    final LinkedHashSet<String> people = new LinkedHashSet<>();
    final LinkedHashSet<String> topics = new LinkedHashSet<>();
    final List<Sentence> evidence = new ArrayList<>();
    @Nullable ReportedDate date;
    @Nullable ReportedDate until;
    @Nullable String place;
    @Nullable Integer round;
    @Nullable Integer sidelinesOf;
    @Nullable String noun;
    boolean definite;
    @Nullable Talks talks;

    EventDraft(EngagementKind kind, Sentence sentence) {
        this.kind = kind;
        this.sentence = sentence;
        evidence.add(sentence);
    }

    void addEvidence(Sentence s) {
        if (!evidence.contains(s)) {
            evidence.add(s);
        }
    }

    Evidence evidence() {
        int start = evidence.stream().mapToInt(Sentence::start).min().orElse(0);
        int end = evidence.stream().mapToInt(Sentence::end).max().orElse(0);
        StringBuilder quoted = new StringBuilder();
        evidence.stream().sorted((a, b) -> Integer.compare(a.start(), b.start()))
                .forEach(s -> quoted.append(quoted.isEmpty() ? "" : " … ").append(s.text()));
        return new Evidence(start, end, quoted.toString());
    }
}
