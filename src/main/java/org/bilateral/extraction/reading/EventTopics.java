package org.bilateral.extraction.reading;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bilateral.engagements.EngagementKind;
import org.bilateral.extraction.reading.Sentences.Sentence;

/** An event is about what its sentence and those after it speak of, up to the next event (eight sentences at most); a round, its own sentence. */
final class EventTopics {

    private EventTopics() {
    }

    static void assign(List<EventDraft> drafts, List<Sentence> sentences) {
        // Each draft's sentence by its place in the story, and the places where events other than rounds are told, so
        // that the next event is found by a look-up instead of a pass over every draft and sentence.
        Map<Sentence, Integer> position = new HashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            position.putIfAbsent(sentences.get(i), i);
        }
        TreeSet<Integer> told = new TreeSet<>();
        for (EventDraft d : drafts) {
            if (d.kind != EngagementKind.NEGOTIATION_ROUND) {
                told.add(position.get(d.sentence));
            }
        }
        Map<Integer, Set<String>> bySentence = new HashMap<>();
        for (EventDraft draft : drafts) {
            Work.add(1);
            int from = position.get(draft.sentence);
            Integer next = told.higher(from);
            int to = next == null ? sentences.size() : next;
            if (draft.kind == EngagementKind.NEGOTIATION_ROUND) {
                to = from + 1;
            }
            for (int i = from; i < Math.min(to, from + 8); i++) {
                draft.topics.addAll(bySentence.computeIfAbsent(i, k -> Topics.of(sentences.get(k).text())));
            }
        }
    }
}
