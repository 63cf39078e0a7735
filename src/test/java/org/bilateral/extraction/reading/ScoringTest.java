package org.bilateral.extraction.reading;

import org.bilateral.shared.Money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bilateral.engagements.EngagementKind;
import org.bilateral.extraction.Confidence;
import org.bilateral.extraction.Evidence;
import org.bilateral.extraction.Extraction;
import org.bilateral.extraction.reading.Scoring.Metric;
import org.bilateral.extraction.reading.Scoring.Tally;
import org.bilateral.policy.PolicyTopic;
import org.bilateral.shared.ReportedDate;
import org.junit.jupiter.api.Test;

/** score.py's figures, worked out by hand for small golds and readings written here. */
class ScoringTest {

    static final Evidence SAID = new Evidence(0, 4, "said");

    static GoldDocument gold(List<GoldDocument.Event> events) {
        return new GoldDocument("d.txt", List.of(""), List.of(), events, List.of(), List.of(), List.of());
    }

    static GoldDocument.Event goldEvent(List<String> dates, List<List<String>> participants) {
        return new GoldDocument.Event("meeting", dates, List.of(), null, participants);
    }

    static Extraction.Event event(ReportedDate date, Integer round, String... participants) {
        return new Extraction.Event(EngagementKind.MEETING, date, null, null, round, null, Arrays.asList(participants), List.of(),
                null, SAID, Confidence.RULES_EVENTS);
    }

    static Extraction reading(ReportedDate published, List<Extraction.Event> events, List<Extraction.Person> people,
                              List<Extraction.Commitment> commitments, List<PolicyTopic> issues) {
        return new Extraction("d.txt", "said", published, null, events, people, List.of(), commitments,
                issues.stream().map(t -> new Extraction.Issue(t, SAID)).toList());
    }

    static Extraction events(Extraction.Event... events) {
        return reading(null, List.of(events), List.of(), List.of(), List.of());
    }

    static Extraction.Person person(String name, String country, String title) {
        return new Extraction.Person(name, List.of(), title, country, null, SAID, Confidence.RULES_PEOPLE);
    }

    static Extraction.Commitment commitment(String buyer, String seller, Long quantity, Double value) {
        return new Extraction.Commitment(buyer, seller, "aircraft", quantity, "units", value == null ? null : Money.usd(java.math.BigDecimal.valueOf(value)),
                null, null, "agreement", SAID, Confidence.RULES_PURCHASES);
    }

    @Test
    void normalisingDecomposesDropsMarksReadsDStrokeAsDAndTurnsOtherCharactersIntoOneSpace() {
        assertThat(Scoring.norm("Nguyễn Hồng Diên")).isEqualTo("nguyen hong dien");
        assertThat(Scoring.norm("Đỗ Thắng Hải")).isEqualTo("do thang hai");
        assertThat(Scoring.norm("  U.S.-Japan  ")).isEqualTo("u s japan");
        assertThat(Scoring.norm("ﬁnance")).isEqualTo("finance"); // NFKD splits the ligature
        assertThat(Scoring.norm(null)).isNull();
    }

    @Test
    void participantsAreFoundOnceEachAndAnUnmatchedNameCountsOncePerNormalisedForm() {
        // The second event's "Tai" is an alias of Katherine Tai already listed: two gold entities, not three.
        GoldDocument gold = gold(List.of(
                goldEvent(List.of("2025-03-04"), List.of(List.of("Nguyễn Hồng Diên", "Diên"), List.of("Katherine Tai", "Tai"))),
                goldEvent(List.of("2025-03-05"), List.of(List.of("Tai", "Ambassador Tai")))));
        Extraction read = events(
                event(null, null, "Nguyen Hong Dien", "Diên", "Gina Raimondo", "GINA  raimondo", "Tai"),
                event(null, null, "Gina Raimondo!", ""));
        Tally t = Scoring.score(gold, read).tally(Metric.PARTICIPANTS);
        // Diên found (twice, counted once), Tai found; "gina raimondo" unmatched in three spellings: one false positive.
        assertThat(t).isEqualTo(new Tally(2, 1, 0));
        // P = 2/3 = 0.667, R = 2/2 = 1, F1 = 2·(2/3)·1 / (5/3) = 0.8
        assertThat(t.precision()).isCloseTo(0.6667, within(1e-4));
        assertThat(t.f1()).isCloseTo(0.8, within(1e-9));
    }

    @Test
    void aNameTwoGoldEntitiesShareCountsForTheFirstOnlyAndOnlyOnce() {
        GoldDocument gold = gold(List.of(goldEvent(List.of("2025-03-04"),
                List.of(List.of("Tran Tuan Anh", "Anh"), List.of("Nguyen Minh Anh", "Anh")))));
        Tally t = Scoring.score(gold, events(event(null, null, "Anh", "Anh"))).tally(Metric.PARTICIPANTS);
        // "Anh" is Tran Tuan Anh's (the first entity) both times; Nguyen Minh Anh is missed: P = 1/1, R = 1/2, F1 = 2·.5/1.5 = 0.667
        assertThat(t).isEqualTo(new Tally(1, 0, 1));
        assertThat(Scoring.round3(t.f1())).isEqualTo(0.667);
    }

    @Test
    void datedParticipationCountsOnlyEventsEveryDateOfWhichIsADay() {
        GoldDocument gold = gold(List.of(
                goldEvent(List.of("2025-03-04", "XXXX-03-04"), List.of(List.of("Tai"), List.of("Dien"))), // dated: pairs 0, 1
                goldEvent(List.of("", "2025-03-07"), List.of(List.of("Tai"))), // "" (none given) is no day: pair 2 not needed
                goldEvent(List.of("2025-03-05"), List.of(List.of("Dien"))))); // dated: pair 3
        Extraction read = events(
                event(new ReportedDate(2025, 3, 4), null, "Tai", "Dien", "Raimondo"), // pairs 0 and 1; Raimondo: fp 1
                event(null, null, "Tai"), // no date: not a dated pair
                event(new ReportedDate(2025, 3, 6), null, "Dien"), // no such day: fp 2
                event(new ReportedDate(null, 3, 4), null, "Tai"), // XXXX-03-04 is accepted for pair 0 again
                event(new ReportedDate(2025, 3, 7), null, "Tai"), // only pair 2, which is not counted: neither right nor wrong
                event(new ReportedDate(2025, 3, 6), null, "dien")); // the same (name, day) as above: no second fp
        Tally t = Scoring.score(gold, read).tally(Metric.DATED);
        // needed {0, 1, 3}, matched {0, 1}: tp 2, fn 1; fp 2. P = 2/4 = 0.5, R = 2/3, F1 = (2·.5·2/3)/(7/6) = 4/7 = 0.571
        assertThat(t).isEqualTo(new Tally(2, 2, 1));
        assertThat(Scoring.round3(t.f1())).isEqualTo(0.571);
    }

    @Test
    void peopleNeedTheirCountryAndTheirTitlesAreScoredByTheirWordsLeavingOutTheStopWords() {
        GoldDocument gold = new GoldDocument("d.txt", List.of(""), List.of(), List.of(), List.of(
                new GoldDocument.Person(List.of("Katherine Tai", "Tai"), "US", "United States Trade Representative"),
                new GoldDocument.Person(List.of("Nguyễn Hồng Diên"), "VN", "Minister of Industry and Trade"),
                new GoldDocument.Person(List.of("Lee Jae-myung"), "KR", "President")), List.of(), List.of());
        Extraction read = reading(null, List.of(), List.of(
                person("Tai", "US", "U.S. Trade Representative"), // found; title {trade, representative} of 4 words
                person("Katherine Tai", "US", "Ambassador"), // found again: neither counted nor scored
                person("Nguyen Hong Dien", "US", "Minister"), // wrong country: fp 1
                person("Gina Raimondo", "US", "Secretary of Commerce"), // not in the gold: fp 2
                person("Nguyen Hong Dien", "VN", "Minister of Industry and Trade of Viet Nam")), // found; "of", "viet", "nam" left out
                List.of(), List.of());
        Scoring.Score s = Scoring.score(gold, read);
        // tp 2, fp 2, fn 1 (Lee): P = 0.5, R = 2/3, F1 = 4/7 = 0.571
        assertThat(s.tally(Metric.PEOPLE)).isEqualTo(new Tally(2, 2, 1));
        // Tai: P = 2/2, R = 2/4, F1 = 2·1·.5/1.5 = 0.667; Diên: 3 of 3 words, 1.0; Lee missed: 0.0. Mean 1.667/3 = 0.556
        assertThat(s.titles()).hasSize(3);
        assertThat(s.titles().get(0)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(s.titles().subList(1, 3)).containsExactly(1.0, 0.0);
        assertThat(s.report().titlesF1()).isEqualTo(0.556);
    }

    @Test
    void aCommitmentNeedsItsBuyerAndTheQuantityValueWithinATenthAndSellerTheGoldGives() {
        GoldDocument gold = new GoldDocument("d.txt", List.of(""), List.of(), List.of(), List.of(), List.of(
                new GoldDocument.Commitment(List.of("Vietnam Airlines", "VNA"), List.of("Boeing"), 50L, 8.1e9),
                new GoldDocument.Commitment(List.of("Vietnam"), List.of(""), null, null)), // "" among sellers: any seller
                List.of());
        Extraction read = reading(null, List.of(), List.of(), List.of(
                commitment("VNA", "Boeing Co", 50L, 8.0e9), // seller not one of the gold's: fp 1
                commitment("Vietnam Airlines", "Boeing", 50L, 7.2e9), // |7.2 - 8.1| = 0.9 bn > 0.81 bn: fp 2
                commitment("VNA", "Boeing", 49L, 8.1e9), // quantity differs: fp 3
                commitment("Vietnam Airlines", "Boeing", 50L, 8.9e9), // |8.9 - 8.1| = 0.8 bn <= 0.81 bn: the first gold one
                commitment("Vietnam Airlines", "Boeing", 50L, 8.1e9), // the first gold one is used; the second's buyer differs: fp 4
                commitment("vietnam", null, 3L, null)), // the second gold one: no quantity, value or seller asked for
                List.of());
        Tally t = Scoring.score(gold, read).tally(Metric.COMMITMENTS);
        // tp 2, fp 4, fn 0: P = 2/6 = 0.333, R = 1, F1 = 2·(1/3)·1/(4/3) = 0.5
        assertThat(t).isEqualTo(new Tally(2, 4, 0));
        assertThat(t.f1()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void issuesAndRoundsAreComparedAsSets() {
        GoldDocument gold = new GoldDocument("d.txt", List.of(""), List.of(3), List.of(), List.of(), List.of(),
                List.of("tariffs", "export_controls"));
        Extraction read = reading(null, List.of(event(null, 3), event(null, 3), event(null, 4), event(null, null)), List.of(),
                List.of(), List.of(PolicyTopic.TARIFFS, PolicyTopic.TARIFFS, PolicyTopic.DIGITAL_TRADE));
        Scoring.Score s = Scoring.score(gold, read);
        // issues {tariffs, digital_trade} against {tariffs, export_controls}: tp 1, fp 1, fn 1 (P = R = F1 = 0.5)
        assertThat(s.tally(Metric.ISSUES)).isEqualTo(new Tally(1, 1, 1));
        // rounds {3, 4} against {3}: tp 1, fp 1, fn 0 (P = 0.5, R = 1, F1 = 0.667)
        assertThat(s.tally(Metric.ROUNDS)).isEqualTo(new Tally(1, 1, 0));
    }

    @Test
    void thePublicationDateIsRightWhenItIsOneOfTheGoldsAndNoneGivenIsAnAnswer() {
        ReportedDate march4 = new ReportedDate(2025, 3, 4);
        List<Tally> tallies = new ArrayList<>();
        for (var c : List.of(
                new Object[] {List.of("2025-03-04", ""), march4}, // one of the accepted dates: right
                new Object[] {List.of("2025-03-04", ""), null}, // "" (the gold's null) accepts none given: right
                new Object[] {List.of("2025-03-05"), null}, // a date was to be given: wrong
                new Object[] {List.of(), null})) { // no gold date at all is score.py's [None]: right
            @SuppressWarnings("unchecked")
            GoldDocument gold = new GoldDocument("d.txt", (List<String>) c[0], List.of(), List.of(), List.of(), List.of(), List.of());
            tallies.add(Scoring.score(gold, reading((ReportedDate) c[1], List.of(), List.of(), List.of(), List.of())).tally(Metric.PUBLISHED));
        }
        assertThat(tallies).containsExactly(new Tally(1, 0, 0), new Tally(1, 0, 0), new Tally(0, 1, 0), new Tally(1, 0, 0));
        // 3 right of 4: P = 0.75, R = 1 (nothing is ever missed), F1 = 1.5/1.75 = 0.857
        assertThat(Scoring.round3(tallies.stream().reduce(Tally.ZERO, Tally::plus).f1())).isEqualTo(0.857);
    }

    @Test
    void aDocumentWithoutAReadingCountsAsAllMisses() {
        GoldDocument gold = gold(List.of(goldEvent(List.of("2025-03-04"), List.of(List.of("Tai"), List.of("Dien")))));
        Scoring.Score s = Scoring.score(gold, null);
        assertThat(s.tally(Metric.PARTICIPANTS)).isEqualTo(new Tally(0, 0, 2));
        assertThat(s.tally(Metric.DATED)).isEqualTo(new Tally(0, 0, 2));
        assertThat(s.tally(Metric.PUBLISHED)).isEqualTo(new Tally(1, 0, 0)); // the gold's "" accepts none given
    }

    @Test
    void theReportLeavesOutMetricsWithNothingToCountAndAveragesTheRoundedFiguresAsScorePyDoes() {
        Scoring.Score first = new Scoring.Score(List.of(new Tally(2, 1, 0), Tally.ZERO, new Tally(1, 0, 0), Tally.ZERO,
                new Tally(0, 1, 0), Tally.ZERO, new Tally(1, 0, 0)), List.of(1.0, 0.5));
        Scoring.Score second = new Scoring.Score(List.of(new Tally(0, 0, 2), Tally.ZERO, Tally.ZERO, Tally.ZERO,
                new Tally(0, 0, 1), Tally.ZERO, new Tally(0, 1, 0)), List.of(0.0));
        Scoring.Report r = first.plus(second).report();
        // participants (2, 1, 2): P = 0.667, R = 0.5, F1 = (2·2/3·1/2)/(7/6) = 4/7 = 0.571
        assertThat(r.line(Metric.PARTICIPANTS).orElseThrow()).extracting(Scoring.Line::precision, Scoring.Line::recall, Scoring.Line::f1)
                .containsExactly(0.667, 0.5, 0.571);
        // dated, commitments and rounds had nothing to count
        assertThat(r.lines()).extracting(Scoring.Line::metric)
                .containsExactly(Metric.PARTICIPANTS, Metric.PEOPLE, Metric.ISSUES, Metric.PUBLISHED);
        // people (1, 0, 0): 1.0; issues (0, 1, 1): 0.0; published (1, 1, 0): P 0.5, R 1, F1 0.667; titles (1 + .5 + 0)/3 = 0.5
        assertThat(r.titlesF1()).isEqualTo(0.5);
        // overall: (0.571 + 1 + 0 + 0.667 + 0.5) / 5 = 2.738 / 5 = 0.5476, rounded 0.548
        assertThat(r.overall()).isEqualTo(0.548);
    }

    @Test
    void roundingIsPythonsHalfToEvenOnTheDoublesExactValue() {
        assertThat(Scoring.round3(0.0625)).isEqualTo(0.062); // exactly halfway in binary: to the even digit
        assertThat(Scoring.round3(0.0005)).isEqualTo(0.001); // 0.0005 is stored a hair above halfway
        assertThat(Scoring.round3(2.0 / 3)).isEqualTo(0.667);
    }
}
