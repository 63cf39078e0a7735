package org.bilateral.engagements;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bilateral.engagements.Engagements.Engagement;
import org.bilateral.engagements.Engagements.Participant;
import org.bilateral.shared.Changes;
import org.bilateral.shared.Said;
import org.springframework.stereotype.Component;

/**
 * The register's part of "what changed": the engagements entered since the moment (rounds, meetings, calls), each with
 * its kind's code, its round and talks, its place and participants in {@code text}, so that an alert can ask for "a new
 * round of the pair" by words ("negotiation_round US-VN": the talks named as Talks writes them, in alphabetical order).
 */
@Component
class EngagementChanges implements Changes {

    private final EngagementStore store;

    EngagementChanges(EngagementStore store) {
        this.store = store;
    }

    @Override
    public List<Change> since(Instant since) {
        Map<Long, Instant> entered = store.enteredSince(since);
        List<Change> changes = new ArrayList<>();
        for (Engagement e : store.load(List.copyOf(entered.keySet()))) {
            String people = e.participants().stream().map(Participant::name).collect(Collectors.joining(", "));
            Said kind = Said.of("engagementKind." + e.kind().name());
            String happened = e.happened();
            Object when = happened == null ? Said.of("since.undated") : happened;
            Object who = people.isEmpty() ? Said.of("since.noParticipants") : people;
            Integer round = e.round();
            Talks talks = e.talks();
            String place = e.place();
            Said line = round != null && e.kind() == EngagementKind.NEGOTIATION_ROUND
                    ? Said.of("since.engagement.round", String.valueOf(round), talks == null ? "–" : talks.code(), when, who)
                    : Said.of("since.engagement", kind, when, who);
            String text = String.join(" ", e.kind().code(), talks == null ? "" : talks.code(),
                    round == null ? "" : "round " + round, place == null ? "" : place, people).replaceAll("\\s+", " ").strip();
            changes.add(new Change(Kind.ENGAGEMENT, java.util.Objects.requireNonNull(entered.get(e.id())), line, "/engagements/" + e.id(), null, null, text, false));
        }
        return changes;
    }
}
