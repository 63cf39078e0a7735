package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bilateral.extraction.KnownNames;
import org.bilateral.extraction.reading.Cast.Ref;
import org.bilateral.extraction.reading.EventModel.Context;
import org.junit.jupiter.api.Test;

/**
 * The events and roles models trained on six short reports written for the purpose, each with its gold: what they learn
 * from so little is the cues the reports share, which is what the test checks on sentences they never saw.
 */
class EventModelTest {

    private static final List<CorpusDocument> REPORTS = List.of(
            report("a.txt", "March 3, 2026\n\nTrade Minister Anna Berg met Finance Minister Paolo Conti in Rome on Monday. "
                    + "The ministry also published its annual report on fisheries. Cotton exports rose by five percent last year.",
                    event("meeting", "2026-03-02", "Anna Berg", "Paolo Conti")),
            report("b.txt", "April 9, 2026\n\nMinister Lena Hart held talks with Secretary Omar Said in Cairo on Tuesday amid worries over President Victor Crane's tariffs. "
                    + "Rice prices fell in March. The statistics office said imports of steel were stable.",
                    event("meeting", "2026-04-07", "Lena Hart", "Omar Said")),
            report("c.txt", "May 8, 2026\n\nAmbassador Maria Silva spoke by phone with Minister Kenji Ito on Wednesday. "
                    + "Coffee prices rose in April. The central bank kept its rate unchanged.",
                    event("call", "2026-05-06", "Maria Silva", "Kenji Ito")),
            report("d.txt", "June 5, 2026\n\nSecretary John Park met Minister Tran Van Binh in Hanoi on Thursday amid concerns over Governor Rita Moss's levies. "
                    + "Shrimp exports grew strongly in May. The customs office will publish new figures next week.",
                    event("meeting", "2026-06-04", "John Park", "Tran Van Binh")),
            report("e.txt", "July 3, 2026\n\nMinister Sara Lind held talks with Minister Ali Reza in Oslo on Wednesday. "
                    + "Salmon prices fell in June. The ministry published a report on tariffs.",
                    event("meeting", "2026-07-01", "Sara Lind", "Ali Reza")),
            report("f.txt", "August 7, 2026\n\nSecretary Omar Said spoke by phone with Minister Lena Hart on Thursday. "
                    + "Wheat imports rose in July. The agency said the harvest was late.",
                    event("call", "2026-08-06", "Omar Said", "Lena Hart")));

    @Test
    void aSentenceTellingAMeetingItNeverSawIsAnEventAndAPriceReportIsNot() {
        ReaderModels models = ReaderModels.train(REPORTS);
        Context meeting = context("September 4, 2026\n\nMinister Ines Ruiz met Secretary Paul Grant in Lima on Tuesday. Copper prices fell in August.", 0);
        Context prices = context("September 4, 2026\n\nMinister Ines Ruiz met Secretary Paul Grant in Lima on Tuesday. Copper prices fell in August.", 1);
        EventModel.Verdict met = models.events().judge(meeting);
        assertThat(met.kind()).isEqualTo("meeting");
        assertThat(met.event()).isGreaterThan(0.5);
        assertThat(models.events().judge(prices).event()).isLessThan(0.5);
    }

    @Test
    void aPhoneCallIsToldApartFromAMeeting() {
        ReaderModels models = ReaderModels.train(REPORTS);
        Context call = context("September 4, 2026\n\nMinister Ines Ruiz spoke by phone with Secretary Paul Grant on Monday.", 0);
        assertThat(models.events().judge(call).kind()).isEqualTo("call");
    }

    @Test
    void thePeopleOfAnEventSentenceTakePart() {
        ReaderModels models = ReaderModels.train(REPORTS);
        Context meeting = context("September 4, 2026\n\nMinister Ines Ruiz met Secretary Paul Grant in Lima on Tuesday.", 0);
        assertThat(meeting.refs()).extracting(Ref::name).containsExactly("Ines Ruiz", "Paul Grant");
        for (Ref r : meeting.refs()) {
            assertThat(models.roles().participant(meeting, r)).as(r.name()).isGreaterThan(0.5);
        }
    }

    @Test
    void thePossessorInAClauseOfConcernIsLearntAsOnlyMentioned() {
        ReaderModels models = ReaderModels.train(REPORTS);
        Context meeting = context("September 4, 2026\n\nMinister Ines Ruiz met Secretary Paul Grant in Lima on Tuesday "
                + "amid worries over President Hugo Lamb's tariffs.", 0);
        Ref lamb = meeting.refs().stream().filter(r -> r.name().equals("Hugo Lamb")).findFirst().orElseThrow();
        Ref ruiz = meeting.refs().stream().filter(r -> r.name().equals("Ines Ruiz")).findFirst().orElseThrow();
        assertThat(models.roles().participant(meeting, lamb)).isLessThan(0.5);
        assertThat(models.roles().participant(meeting, ruiz)).isGreaterThan(0.5);
    }

    @Test
    void theSameReportsTrainTheSameModel() {
        Context meeting = context("September 4, 2026\n\nMinister Ines Ruiz met Secretary Paul Grant in Lima on Tuesday.", 0);
        assertThat(ReaderModels.train(REPORTS).events().judge(meeting)).isEqualTo(ReaderModels.train(REPORTS).events().judge(meeting));
    }

    @Test
    void theLabelsNameEachReportsEventSentenceAndItsParticipants() {
        EventLabels labels = EventLabels.of(REPORTS, null);
        // six reports of a date line and three sentences each: 6 x 4 = 24 sentences; the first after the date line reports
        // the event with its two participants (6 x 2 = 12); the president and the governor of concern are only mentioned
        assertThat(labels.counts()).isEqualTo(new EventLabels.Counts(24, 6, 0, 12, 2, 6, 6));
        assertThat(labels.sentences).filteredOn(l -> !l.kind().equals(EventModel.NONE)).extracting(EventLabels.SentenceLabel::kind)
                .containsExactly("meeting", "meeting", "call", "meeting", "meeting", "call");
    }

    private static Context context(String text, int sentence) {
        PressReleaseReader reader = new PressReleaseReader(KnownNames.none(), ReaderModels.shipped());
        PressReleaseReader.Steps steps = reader.steps(text);
        return EventModel.contexts(steps, steps.published().toLocalDate()).stream().filter(c -> !c.sentence().headline()).toList().get(sentence);
    }

    private static CorpusDocument report(String name, String text, GoldDocument.Event event) {
        return new CorpusDocument("written", name, name, text,
                new GoldDocument(name, List.of(), List.of(), List.of(event), List.of(), List.of(), List.of()));
    }

    private static GoldDocument.Event event(String kind, String date, String... participants) {
        return new GoldDocument.Event(kind, List.of(date), List.of(), null, List.of(participants).stream().map(List::of).toList());
    }
}
