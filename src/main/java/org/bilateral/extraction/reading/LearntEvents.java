package org.bilateral.extraction.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
 *       it is removed ("amid worries over President X's tariffs"), and a mention of those sentences it accepts strongly
 *       joins ("co-chaired by A and B" where the rules took A alone);</li>
 *   <li>a rule event's kind the model holds a business forum where the rules said only "other" ("opened a U.S.-Peru
 *       Investment Summit") becomes one, and an event of a sentence that numbers a round ("his fifth round of
 *       ministerial consultations") takes its number when the model reads a negotiation round there; where the corpus is
 *       too small to teach the model, the closed wording says it ({@link #FORUM_NAME}, {@link #ROUND_OF_TALKS});</li>
 *   <li>"…, a day after A met B" tells A and B's event of its own, a day before the sentence's date;</li>
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
     * probability below which a rule event is dropped (0: never), {@code join} the probability above which a mention of
     * a rule event's sentence the rules left out joins it.
     */
    record Thresholds(double add, double accept, double reject, double drop, double join) {
    }

    static final Thresholds CHOSEN = new Thresholds(0.3, 0.5, 0.05, 0, 0.9);

    /**
     * "amid worries over President X's tariffs", "despite X's threats": the possessor of what a clause of concern is
     * about. The corpus holds a single such mention in an event sentence, too few for the roles model to learn from, and
     * the wording is closed (a preposition of concern, a possessive), so a rule says it.
     */
    private static final Pattern CONCERN = Pattern.compile("(?i)\\b(?:amid|despite|over|against)\\s+(?:[\\w-]+\\s+){0,4}?(?:\\p{Lu}[\\p{L}.-]*\\s+){0,3}$");

    /**
     * "a U.S.-Peru Investment Summit", "the Vietnam-US Business Forum": a gathering named for business is a business
     * forum. The corpus's gold holds two business forums, too few for the events model to tell them from "other"
     * gatherings, and these names are the genre's closed vocabulary.
     */
    private static final Pattern FORUM_NAME = Pattern.compile("\\b(?:Investment|Business|Trade and Investment|Investment Promotion|CEO)\\s+(?:Summit|Forum|Conference|Roundtable|Dialogue)\\b");

    /** "his fifth round of ministerial consultations": a round numbered, of talks by any name. */
    private static final Pattern ROUND_OF_TALKS = Pattern.compile("(?i)\\bround\\s+of\\s+(?:[\\w-]+\\s+){0,2}?(?:talks|negotiations?|consultations?|dialogue)\\b");

    /**
     * "At the meeting, ...", "During the talks, ...": the report returns to an event it has told, and what follows is
     * said there, not another event; those it names there may be only spoken of ("welcomed proposals from US firms").
     */
    private static final Pattern BACK_REFERENCE = Pattern.compile("(?i)^(?:at|during|in|after|on the sidelines of)\\s+(?:the|this|that)\\s+(?:[\\w-]+\\s+)?(?:meeting|talks|call|visit|session|discussion|conversation|reception)\\b");

    private LearntEvents() {
    }

    /** Whether a mention is the possessor in a clause of concern ("amid worries over President X's tariffs"). */
    static boolean spokenOf(Context c, Ref r) {
        String text = c.text();
        String after = text.substring(r.end());
        return (after.startsWith("'s") || after.startsWith("’s")) && CONCERN.matcher(text.substring(Math.max(0, r.start() - 80), r.start())).find();
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
            Set<String> kept = new LinkedHashSet<>();
            for (String name : e.participants()) {
                double best = -1;
                for (Context c : in) {
                    for (Ref r : c.refs()) {
                        if (r.name().equals(name) && !r.affiliation()) {
                            best = Math.max(best, spokenOf(c, r) ? 0 : roles.participant(c, r));
                        }
                    }
                }
                // a participant no sentence of the event names (the protagonist told as "he") is the rules' alone
                if (best < 0 || best >= t.reject()) {
                    kept.add(name);
                }
            }
            EngagementKind kind = e.kind();
            Integer round = e.round();
            for (Context c : in) {
                for (Ref r : c.refs()) {
                    // a person only: the organisations of an event sentence are mostly where it took place or what it was about;
                    // and not one who takes part in another event the same sentence tells ("talks with X and a session with Y")
                    if (r.person() && !r.group() && !kept.contains(r.name()) && !elsewhere(rules, e, c, r.name()) && !spokenOf(c, r)
                            && roles.participant(c, r) >= t.join()) {
                        kept.add(r.name());
                    }
                }
                Verdict v = verdict(events, contexts, verdicts, contexts.indexOf(c));
                if (kind == EngagementKind.OTHER && (v.engagement() == EngagementKind.BUSINESS_FORUM && v.event() >= t.add()
                        || FORUM_NAME.matcher(c.text()).find())) {
                    kind = EngagementKind.BUSINESS_FORUM;
                }
                if (round == null && (v.engagement() == EngagementKind.NEGOTIATION_ROUND && v.event() >= t.add() || ROUND_OF_TALKS.matcher(c.text()).find())) {
                    round = EventRounds.of(c.text());
                }
            }
            out.add(new Extraction.Event(kind, e.date(), e.endDate(), e.place(), round, e.talks(), List.copyOf(kept), e.topics(),
                    e.sidelinesOf(), e.evidence(), new Confidence((e.confidence().value() + event) / 2)));
        }
        for (int i = 0; i < contexts.size(); i++) {
            Context c = contexts.get(i);
            if (told[i] || c.sentence().headline() || !c.namesSomeone()) {
                continue;
            }
            Work.checkpoint();
            Verdict v = verdict(events, contexts, verdicts, i);
            if (v.engagement() == null || v.event() < t.add() || !out.isEmpty() && BACK_REFERENCE.matcher(c.text()).find()) {
                continue;
            }
            Set<String> participants = new LinkedHashSet<>();
            for (Ref r : c.refs()) {
                if (!r.affiliation() && !spokenOf(c, r) && roles.participant(c, r) >= t.accept()) {
                    participants.add(r.name());
                }
            }
            // an engagement has two sides; a visit alone may be told of its visitor only
            if (participants.size() < (v.engagement() == EngagementKind.VISIT ? 1 : 2)) {
                continue;
            }
            ReportedDate[] date = date(c.text(), published);
            Integer round = v.engagement() == EngagementKind.NEGOTIATION_ROUND || ROUND_OF_TALKS.matcher(c.text()).find() ? EventRounds.of(c.text()) : null;
            if (known(out, participants, date[0], round)) {
                continue;
            }
            EngagementKind kind = v.engagement() == EngagementKind.OTHER && FORUM_NAME.matcher(c.text()).find() ? EngagementKind.BUSINESS_FORUM : v.engagement();
            out.add(new Extraction.Event(kind, date[0], date[1], EventPlaces.in(c.text(), steps.cast()), round, null, List.copyOf(participants),
                    List.copyOf(Topics.of(c.text())), null, new Evidence(c.sentence().start(), c.sentence().end(), c.text()),
                    new Confidence(v.event())));
        }
        dayAfter(out, contexts, published, events, roles, t);
        return out;
    }

    private static final Pattern DAY_AFTER = Pattern.compile("(?i)\\b(a|one|two|three|the)\\s+days?\\s+(after|before)\\b");

    /**
     * "signed the agreement on Wednesday, a day after A met B": the clause after "a day after" tells an event of its
     * own, a day before the sentence's date. Its people (those of the clause the roles model accepts) are that event's,
     * and leave the event the sentence's date was given to.
     */
    private static void dayAfter(List<Extraction.Event> out, List<Context> contexts, LocalDate published, EventModel events, RoleModel roles,
                                 Thresholds t) {
        for (Context c : contexts) {
            Matcher m = DAY_AFTER.matcher(c.text());
            if (c.sentence().headline() || !m.find()) {
                continue;
            }
            int at = m.end();
            ReportedDate anchor = null;
            for (Dates.Found f : Dates.in(c.text(), published)) {
                if (!f.reporting() && f.end() <= m.start() && f.date().yearKnown()) {
                    anchor = f.date();
                    break;
                }
            }
            if (anchor == null) {
                continue;
            }
            int days = m.group(1).equalsIgnoreCase("two") ? 2 : m.group(1).equalsIgnoreCase("three") ? 3 : 1;
            ReportedDate earlier = ReportedDate.of(anchor.toLocalDate().plusDays(m.group(2).equalsIgnoreCase("after") ? -days : days));
            String text = c.text().substring(at);
            List<Ref> refs = new ArrayList<>();
            for (Ref r : c.refs()) {
                if (r.start() >= at) {
                    refs.add(new Ref(r.start() - at, r.end() - at, r.name(), r.person(), r.affiliation(), r.insidePhrase(), r.group()));
                }
            }
            Context clause = Context.of(new Sentences.Sentence(c.sentence().start() + at, c.sentence().end(), text, c.sentence().block(), false),
                    Tokens.of(text), refs, c.bodyIndex(), false);
            Verdict v = events.judge(clause);
            Set<String> participants = new LinkedHashSet<>();
            for (Ref r : refs) {
                if (!r.affiliation() && !spokenOf(clause, r) && roles.participant(clause, r) >= t.accept()) {
                    participants.add(r.name());
                }
            }
            if (participants.isEmpty() || v.engagement() == null) {
                continue;
            }
            ReportedDate sentenceDate = anchor;
            for (int k = 0; k < out.size(); k++) {
                Extraction.Event e = out.get(k);
                if (e.evidence().text().contains(c.text()) && sentenceDate.equals(e.date())) {
                    List<String> left = e.participants().stream().filter(n -> !participants.contains(n)).toList();
                    out.set(k, new Extraction.Event(e.kind(), e.date(), e.endDate(), e.place(), e.round(), e.talks(), left, e.topics(),
                            e.sidelinesOf(), e.evidence(), e.confidence()));
                }
            }
            out.add(new Extraction.Event(v.engagement(), earlier, null, null, null, null, List.copyOf(participants), List.copyOf(Topics.of(text)),
                    null, new Evidence(c.sentence().start(), c.sentence().end(), c.text()), new Confidence(v.event())));
        }
    }

    private static boolean elsewhere(List<Extraction.Event> rules, Extraction.Event e, Context c, String name) {
        return rules.stream().anyMatch(o -> o != e && o.participants().contains(name) && o.evidence().text().contains(c.text()));
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
}
