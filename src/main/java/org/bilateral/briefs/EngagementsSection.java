package org.bilateral.briefs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bilateral.engagements.Engagements;
import org.bilateral.engagements.Offices;

/**
 * The engagements section: the pair's engagements between the brief's start date and its date, the round the brief is
 * for wherever it began, and who is who on the other side. Which engagements are the pair's is {@link PairEngagements}'.
 */
final class EngagementsSection {

    private EngagementsSection() {
    }

    /** @param offices how the brief's language names a title a report gave in the other ("Bộ trưởng Bộ Công Thương") */
    static Brief.Engagements of(BriefRequest r, List<Engagements.Engagement> timeline, BriefSources sources, Offices offices) {
        LocalDate since = CommitmentsSection.since(r);
        Map<Long, Engagements.Engagement> byId = new HashMap<>();
        timeline.forEach(e -> byId.put(e.id(), e));
        Engagements.Engagement round = PairEngagements.roundFor(r.a(), r.b(), r.forDate(), timeline);
        List<Brief.EngagementLine> lines = new ArrayList<>();
        Map<String, Brief.Person> otherSide = new LinkedHashMap<>();
        int undated = 0;
        for (Engagements.Engagement e : timeline) {
            if (!PairEngagements.ofPair(e, r.a(), r.b(), byId)) {
                continue;
            }
            LocalDate day = PairEngagements.day(e.happened());
            if (day == null) {
                undated++;
                continue;
            }
            boolean theRound = round != null && round.id() == e.id();
            if (!theRound && (day.isBefore(since) || day.isAfter(r.forDate()))) {
                continue;
            }
            lines.add(line(e, day, sources));
            otherSide(r, e, otherSide, offices);
        }
        lines.sort(Comparator.comparing(Brief.EngagementLine::day).thenComparing(Brief.EngagementLine::id));
        Long roundId = round == null ? null : round.id();
        if (lines.isEmpty()) {
            return new Brief.Engagements("brief.engagements.none", since, r.forDate(), List.of(), List.of(), undated, roundId);
        }
        return new Brief.Engagements(null, since, r.forDate(), List.copyOf(lines), List.copyOf(otherSide.values()), undated, roundId);
    }

    /** The engagement's line, with the report's own sentence of it and its first source. */
    private static Brief.EngagementLine line(Engagements.Engagement e, LocalDate day, BriefSources sources) {
        int source = 0;
        String line = "";
        if (!e.sources().isEmpty()) {
            Engagements.Source s = e.sources().get(0);
            source = sources.of("press release " + s.pressReleaseId(), Brief.Source.Kind.PRESS_RELEASE, s.name(),
                    "press release #" + s.pressReleaseId(), false);
            line = s.evidence();
        }
        return new Brief.EngagementLine(e.id(), day, e.kind().name(), e.place(),
                e.participants().stream().map(Engagements.Participant::name).toList(), line, source);
    }

    /** The other side's people among the participants, each once by name. */
    private static void otherSide(BriefRequest r, Engagements.Engagement e, Map<String, Brief.Person> otherSide, Offices offices) {
        for (Engagements.Participant p : e.participants()) {
            if (r.b().value().equals(p.country()) && "person".equals(p.type())) {
                String title = p.title() == null ? null : offices.title(p.title(), p.country(), r.language().locale());
                otherSide.putIfAbsent(p.name(), new Brief.Person(p.name(), title, r.b()));
            }
        }
    }
}
