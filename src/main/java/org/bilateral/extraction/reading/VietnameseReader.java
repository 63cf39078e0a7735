package org.bilateral.extraction.reading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bilateral.engagements.OrganisationKind;
import org.bilateral.extraction.Confidence;
import org.bilateral.extraction.Evidence;
import org.bilateral.extraction.Extraction;
import org.bilateral.policy.PolicyTopic;
import org.bilateral.shared.Money;
import org.bilateral.shared.NameKey;
import org.bilateral.shared.ReportedDate;

/**
 * Reads a Vietnamese report by the Vietnamese steps, rules alone (the trained models learnt English): cleaning and the
 * publication date as for English ({@link CleanText}, {@link Dates#published}), then {@link VietnameseNames} and
 * {@link VietnameseTitles} (people, titles, organisations), {@link VietnameseCast} (short forms and titles resolved),
 * {@link VietnameseDates} (days, day before month), {@link VietnameseEvents}, {@link VietnamesePurchases} and
 * {@link VietnameseTopics}. Each proposal's confidence is the precision its kind had on the Vietnamese development set
 * ({@link #EVENTS}, {@link #PEOPLE}, {@link #ORGANISATIONS}, {@link #PURCHASES}; an issue carries none, as in English:
 * 4 of 4 were right).
 */
final class VietnameseReader {

    // What a proposal of the Vietnamese rules is worth, per kind: the rules' precision on the 12 documents of
    // ../shared/corpus/vi (9 publishers) as score.py measured it on their first reading, before the rules were corrected
    // against those same documents (afterwards they score 1.000 there, which says nothing of new documents). No
    // Vietnamese document the rules were not written against exists yet, so these are development figures.

    /** Events: participants precision at the first reading, 32 of 36 named participants right. */
    static final Confidence EVENTS = new Confidence(0.889);
    /** People: name and country both right, 27 of 31 at the first reading. */
    static final Confidence PEOPLE = new Confidence(0.871);
    /** Organisations taking part: counted with the participants, whose precision they share (32 of 36). */
    static final Confidence ORGANISATIONS = new Confidence(0.889);
    /**
     * Purchases: the one purchase of the development set was found and none was false; one case is next to no
     * evidence, so the figure is the rule of succession's (1 + 1) / (1 + 2), not 1.
     */
    static final Confidence PURCHASES = new Confidence(0.667);

    private VietnameseReader() {
    }

    static Extraction read(String name, CleanText clean) {
        ReportedDate published = Dates.published(clean);
        Integer taggedYear = VietnameseDates.taggedYear(clean.text);
        List<Sentences.Sentence> sentences = Sentences.of(clean);
        List<String> texts = sentences.stream().map(Sentences.Sentence::text).toList();
        List<List<VietnameseNames.Mention>> mentions = texts.stream().map(VietnameseNames::people).toList();
        List<List<VietnameseCast.Ref>> refs = new ArrayList<>();
        VietnameseCast cast = VietnameseCast.of(texts, mentions, refs);
        List<VietnameseEvents.Sentence> read = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Work.checkpoint(); // a read told to stop (the reading queue's time limit) stops here, as the English steps do
            read.add(new VietnameseEvents.Sentence(texts.get(i), refs.get(i), VietnameseDates.in(texts.get(i), published, taggedYear)));
        }
        List<VietnameseEvents.Draft> drafts = VietnameseEvents.of(read);
        List<Extraction.Event> events = new ArrayList<>();
        Set<String> taking = new LinkedHashSet<>();
        for (VietnameseEvents.Draft d : drafts) {
            Sentences.Sentence s = sentences.get(d.sentence());
            events.add(new Extraction.Event(d.kind(), d.date(), d.end(), d.place(), d.round(), null, List.copyOf(d.participants()), List.of(), null,
                    new Evidence(s.start(), s.end(), s.text()), EVENTS));
            taking.addAll(d.participants());
        }
        // a foreign person whose title names no country ("Đại sứ Marc Knapper") serves the country the report is about
        String foreign = VietnameseCountries.dominantForeign(clean.text);
        List<Extraction.Person> people = new ArrayList<>();
        Set<String> persons = new LinkedHashSet<>();
        for (VietnameseCast.Person p : cast.all()) {
            if (!taking.contains(p.name)) {
                continue; // the contract's people are those taking part in an event
            }
            persons.add(p.name);
            Sentences.Sentence s = firstMention(sentences, refs, p);
            String country = p.country != null ? p.country : VietnameseNames.looksVietnamese(p.name) ? "VN" : foreign;
            people.add(new Extraction.Person(p.name, p.variants, p.title, country, null, new Evidence(s.start(), s.end(), s.text()), PEOPLE));
        }
        List<Extraction.Organisation> organisations = new ArrayList<>();
        for (VietnameseEvents.Draft d : drafts) {
            for (String o : d.participants()) {
                if (!persons.contains(o) && organisations.stream().noneMatch(x -> NameKey.of(x.name()).equals(NameKey.of(o)))) {
                    Sentences.Sentence s = sentences.get(d.sentence());
                    organisations.add(new Extraction.Organisation(o, null, null, o.startsWith("Bộ") ? OrganisationKind.MINISTRY : OrganisationKind.OTHER,
                            true, new Evidence(s.start(), s.end(), s.text()), ORGANISATIONS));
                }
            }
        }
        List<Extraction.Commitment> commitments = new ArrayList<>();
        Map<PolicyTopic, Extraction.Issue> issues = new LinkedHashMap<>();
        for (Sentences.Sentence s : sentences) {
            Work.checkpoint();
            for (VietnamesePurchases.Purchase p : VietnamesePurchases.in(s.text())) {
                boolean told = commitments.stream().anyMatch(c -> NameKey.of(c.buyer()).equals(NameKey.of(p.buyer())));
                if (!told) {
                    commitments.add(new Extraction.Commitment(p.buyer(), p.seller(), p.item(), p.quantity(), p.unit(),
                            p.valueUsd() == null ? null : Money.usd(p.valueUsd()), null, null, "announcement",
                            new Evidence(s.start(), s.end(), s.text()), PURCHASES));
                }
            }
            for (PolicyTopic t : VietnameseTopics.issues(s.text())) {
                issues.putIfAbsent(t, new Extraction.Issue(t, new Evidence(s.start(), s.end(), s.text())));
            }
        }
        return new Extraction(name, clean.text, published, null, events, people, organisations, commitments, List.copyOf(issues.values()));
    }

    private static Sentences.Sentence firstMention(List<Sentences.Sentence> sentences, List<List<VietnameseCast.Ref>> refs, VietnameseCast.Person p) {
        for (int i = 0; i < sentences.size(); i++) {
            if (refs.get(i).stream().anyMatch(r -> r.person() == p)) {
                return sentences.get(i);
            }
        }
        return sentences.get(0);
    }
}
