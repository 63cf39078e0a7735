package org.bilateral.extraction.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.engagements.EngagementKind;
import org.bilateral.extraction.Confidence;
import org.bilateral.extraction.Evidence;
import org.bilateral.extraction.Extraction;
import org.bilateral.extraction.reading.Cast.Ref;
import org.bilateral.extraction.reading.EventModel.Context;
import org.bilateral.extraction.reading.EventModel.Verdict;
import org.bilateral.extraction.reading.PressReleaseReader.Steps;
import org.bilateral.shared.ReportedDate;

/**
 * The step after the event rules, where the trained models have their say:
 * <ol>
 *   <li>a sentence the {@link EventModel} says reports an event, which no rule event was told in, becomes an event of
 *       the model's kind, dated by the reader's date rules ({@link Dates}), its participants those of its mentions the
 *       {@link RoleModel} accepts; a sentence whose people all take part in an event already found only dates that
 *       event when it had no day;</li>
 *   <li>a participant of a rule event that the roles model rejects strongly in every sentence of the event that names
 *       it is removed ("amid worries over President X's tariffs");</li>
 *   <li>a rule event whose every sentence the events model rejects strongly is dropped, when {@link Thresholds#drop} is
 *       above zero (held out, it did not help: see the README).</li>
 * </ol>
 * A learnt event's confidence is the model's probability that its sentence reports an event; a rule event's is the
 * mean of the rules' (their precision held out) and the model's, so an event both agree on rises above the rules' alone
 * and one the model doubts sinks towards the top of the review page.
 */
final class LearntEvents {

    /**
     * The decision points, chosen on the leave-one-publisher-out scores: {@code add} the probability of an event above
     * which a sentence with no rule event becomes one, {@code accept} the probability above which a mention takes part
     * in it, {@code reject} the probability below which a rule event's participant is removed, {@code drop} the
     * probability below which a rule event is dropped (0: never).
     */
    record Thresholds(double add, double accept, double reject, double drop) {
    }

    static final Thresholds CHOSEN = new Thresholds(0.5, 0.5, 0.1, 0);

    private static final Pattern ROUND = Pattern.compile("(?i)\\b(" + String.join("|", Lexicon.ORDINALS.keySet())
            + "|\\d{1,2}(?:st|nd|rd|th))\\s+(?:[\\w-]+\\s+){0,2}?round\\b|\\bround\\s+(\\d{1,2})\\b");

    private LearntEvents() {
    }

    static List<Extraction.Event> of(List<Extraction.Event> rules, Steps steps, LocalDate published, EventModel events, RoleModel roles) {
        return of(rules, steps, published, events, roles, CHOSEN);
    }

    static List<Extraction.Event> of(List<Extraction.Event> rules, Steps steps, LocalDate published, EventModel events, RoleModel roles,
                                     Thresholds t) {
        if (!events.trained() || !roles.trained()) {
            return rules;
        }
        List<Context> contexts = EventModel.contexts(steps, published);
        Verdict[] verdicts = new Verdict[contexts.size()];
        boolean[] told = new boolean[contexts.size()];
        List<Extraction.Event> out = new ArrayList<>();
        for (Extraction.Event e : rules) {
            Work.checkpoint();
            double event = 0;
            List<Context> in = new ArrayList<>();
            for (int i = 0; i < contexts.size(); i++) {
                Context c = contexts.get(i);
                if (!c.sentence().headline() && e.evidence().text().contains(c.text())) {
                    told[i] = true;
                    in.add(c);
                    event = Math.max(event, verdict(events, contexts, verdicts, i).event());
                }
            }
            if (in.isEmpty()) {
                out.add(e);
                continue;
            }
            if (event < t.drop() && e.kind() != EngagementKind.NEGOTIATION_ROUND) {
                continue;
            }
            List<String> kept = new ArrayList<>();
            for (String name : e.participants()) {
                double best = -1;
                for (Context c : in) {
                    for (Ref r : c.refs()) {
                        if (r.name().equals(name) && !r.affiliation()) {
                            best = Math.max(best, roles.participant(c, r));
                        }
                    }
                }
                // a participant no sentence of the event names (the protagonist told as "he") is the rules' alone
                if (best < 0 || best >= t.reject()) {
                    kept.add(name);
                }
            }
            out.add(new Extraction.Event(e.kind(), e.date(), e.endDate(), e.place(), e.round(), e.talks(), kept, e.topics(),
                    e.sidelinesOf(), e.evidence(), new Confidence((e.confidence().value() + event) / 2)));
        }
        for (int i = 0; i < contexts.size(); i++) {
            Context c = contexts.get(i);
            if (told[i] || c.sentence().headline()) {
                continue;
            }
            Work.checkpoint();
            Verdict v = verdict(events, contexts, verdicts, i);
            if (v.engagement() == null || v.event() < t.add()) {
                continue;
            }
            Set<String> participants = new LinkedHashSet<>();
            for (Ref r : c.refs()) {
                if (!r.affiliation() && roles.participant(c, r) >= t.accept()) {
                    participants.add(r.name());
                }
            }
            if (participants.isEmpty()) {
                continue;
            }
            ReportedDate[] date = date(c.text(), published);
            Integer round = v.engagement() == EngagementKind.NEGOTIATION_ROUND ? round(c.text()) : null;
            if (known(out, participants, date[0], round)) {
                continue;
            }
            out.add(new Extraction.Event(v.engagement(), date[0], date[1], null, round, null, List.copyOf(participants),
                    List.copyOf(Topics.of(c.text())), null, new Evidence(c.sentence().start(), c.sentence().end(), c.text()),
                    new Confidence(v.event())));
        }
        return out;
    }

    private static Verdict verdict(EventModel model, List<Context> contexts, Verdict[] verdicts, int i) {
        if (verdicts[i] == null) {
            verdicts[i] = model.judge(contexts.get(i));
        }
        return verdicts[i];
    }

    /**
     * Whether an event already found has all these people: then the sentence returns to it ("During the meeting, X
     * told Y"), and adds its day if that event had none.
     */
    private static boolean known(List<Extraction.Event> out, Set<String> participants, ReportedDate date, Integer round) {
        for (int k = 0; k < out.size(); k++) {
            Extraction.Event e = out.get(k);
            if (!e.participants().containsAll(participants) || round != null && !round.equals(e.round())) {
                continue;
            }
            if (e.date() == null && date != null) {
                out.set(k, new Extraction.Event(e.kind(), date, e.endDate(), e.place(), e.round(), e.talks(), e.participants(), e.topics(),
                        e.sidelinesOf(), e.evidence(), e.confidence()));
            }
            if (e.date() == null || date == null || e.date().equals(date)) {
                return true;
            }
        }
        return false;
    }

    /** The sentence's first date that is not the report's own, after any dateline, as the event rules date theirs. */
    private static ReportedDate[] date(String text, LocalDate published) {
        int datelineEnd = Datelines.end(text);
        for (Dates.Found f : Dates.in(text, published)) {
            if (!f.reporting() && f.start() >= datelineEnd) {
                return new ReportedDate[] {f.date(), f.until()};
            }
        }
        return new ReportedDate[] {null, null};
    }

    /** "his fifth round of ministerial consultations", "the 3rd negotiating round", "round 7 of": the round's number. */
    static Integer round(String text) {
        Matcher m = ROUND.matcher(text);
        while (m.find()) {
            if (m.group(2) != null) {
                return Integer.valueOf(m.group(2));
            }
            String word = m.group(1).toLowerCase(Locale.ROOT);
            Integer n = Lexicon.ORDINALS.get(word);
            if (n != null) {
                return n;
            }
            if (word.matches("\\d{1,2}(?:st|nd|rd|th)")) {
                return Integer.valueOf(word.replaceAll("\\D", ""));
            }
        }
        return null;
    }
}
