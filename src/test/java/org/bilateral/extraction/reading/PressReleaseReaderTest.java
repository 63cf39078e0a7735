package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bilateral.engagements.EngagementKind;
import org.bilateral.extraction.Extraction;
import org.bilateral.extraction.KnownNames;
import org.bilateral.policy.PolicyTopic;
import org.bilateral.extraction.PressRelease;
import org.junit.jupiter.api.Test;

/** Each hard case of the genre, on press releases the project wrote for the purpose (src/test/resources/press-releases). */
class PressReleaseReaderTest {

    private final PressReleaseReader reader = new PressReleaseReader(KnownNames.none());

    @Test
    void aWireDatelineGivesThePublicationDateAndAWeekdayIsReadAgainstIt() {
        Extraction x = read("reuters-style.txt");
        assertThat(x.published()).hasToString("2026-03-12");
        assertThat(x.dateline()).isEqualTo("Hanoi");
        Extraction.Event meeting = event(x, EngagementKind.MEETING);
        assertThat(meeting.date()).hasToString("2026-03-10");
        assertThat(meeting.participants()).containsExactly("Tran Quoc Minh", "Jennifer Walsh");
        assertThat(event(x, EngagementKind.CALL).date()).hasToString("2026-03-09");
        assertThat(event(x, EngagementKind.CALL).participants()).containsExactly("Tran Quoc Minh", "Maria Lopez");
    }

    @Test
    void aNegotiationRoundIsNumberedByItsOrdinal() {
        assertThat(event(read("reuters-style.txt"), EngagementKind.NEGOTIATION_ROUND).round()).isEqualTo(3);
        assertThat(event(read("short-forms-relative-dates.txt"), EngagementKind.NEGOTIATION_ROUND).round()).isEqualTo(9);
    }

    @Test
    void titlesComeFromBeforeTheNameOrFromTheApposition() {
        Extraction x = read("scraped-noise.txt");
        assertThat(x.people()).extracting(Extraction.Person::name, Extraction.Person::title, Extraction.Person::country)
                .containsExactly(tuple("Do Thanh Binh", "Deputy Minister of Finance", "VN"),
                        tuple("Kevin Marsh", "Deputy Secretary of the Treasury for international affairs, trade and development finance", "US"));
    }

    @Test
    void scrapedTimeStampsAndAForeignHeadlineAreNoiseButTheLatestStampDatesThePage() {
        Extraction x = read("scraped-noise.txt");
        assertThat(x.published()).hasToString("2026-03-06");
        assertThat(x.text()).doesNotContain("08:40");
        assertThat(x.events()).hasSize(1);
        assertThat(x.events().get(0).date()).as("04/03/2026 is 4 March, day first").hasToString("2026-03-04");
    }

    @Test
    void withoutAYearInTheTextTheDateKeepsAnUnknownYear() {
        Extraction x = read("markdown-no-year.md");
        assertThat(x.published()).isNull();
        assertThat(event(x, EngagementKind.SIGNING).date()).hasToString("XXXX-06-03");
    }

    @Test
    void shortFormsWithAndWithoutDiacriticsAreTheSamePerson() {
        Extraction x = read("short-forms-relative-dates.txt");
        assertThat(x.published()).hasToString("2026-07-09");
        List<Extraction.Event> meetings = x.events().stream().filter(e -> e.kind() == EngagementKind.MEETING).toList();
        assertThat(meetings).extracting(e -> e.date().toString()).containsExactly("2026-07-09", "2026-07-08");
        assertThat(meetings.get(1).participants()).as("'the minister' and 'Tuấn' are Le Minh Tuan")
                .containsExactly("Le Minh Tuan", "Harvest Plains Cooperative", "Bluewater Seafood Group");
        assertThat(x.people()).extracting(Extraction.Person::name).containsExactly("Le Minh Tuan", "Karen Doyle");
    }

    @Test
    void anOrganisationLedByItsChairmanTakesPartAndItsAcronymIsKept() {
        Extraction x = read("html-vn-outlet.html");
        assertThat(x.published()).hasToString("2026-04-14");
        Extraction.Event meeting = event(x, EngagementKind.MEETING);
        assertThat(meeting.date()).hasToString("2026-04-13");
        assertThat(meeting.participants()).containsExactly("Phan Thi Thu Hang", "American Chamber of Commerce in Vietnam", "Robert Keller");
        assertThat(x.organisations()).filteredOn(o -> o.acronym() != null)
                .extracting(Extraction.Organisation::name, Extraction.Organisation::acronym).contains(tuple("American Chamber of Commerce in Vietnam", "AmCham"));
        assertThat(x.organisations()).filteredOn(o -> o.name().startsWith("Delta Grain Inc")).extracting(Extraction.Organisation::participant)
                .as("firms mentioned in a proposal take no part").containsExactly(false);
    }

    @Test
    void purchasesAreReadWithBuyerSellerQuantityAndValueButInvestmentsAndLoansAreNot() {
        assertThat(read("markdown-no-year.md").commitments())
                .extracting(Extraction.Commitment::buyer, Extraction.Commitment::seller, Extraction.Commitment::quantity,
                        PressReleaseReaderTest::dollars)
                .containsExactly(tuple("Saigon Skyways", "Aerion Aircraft Company", 10L, 3.1e9),
                        tuple("Saigon Skyways", "Aerion Aircraft Company", 20L, null));
        assertThat(read("reuters-style.txt").commitments()).extracting(Extraction.Commitment::buyer, Extraction.Commitment::quantity,
                Extraction.Commitment::unit, PressReleaseReaderTest::dollars, Extraction.Commitment::instrument)
                .containsExactly(tuple("PetroSaigon Corporation", 1_200_000L, "tonnes", 6e8, "mou"));
        Extraction investment = read("no-event-investment.txt");
        assertThat(investment.commitments()).isEmpty();
        assertThat(investment.events()).isEmpty();
    }

    @Test
    void aWitnessTakesPartAndAReturnToTheSameSigningIsOneEvent() {
        Extraction x = read("markdown-no-year.md");
        assertThat(x.events()).extracting(Extraction.Event::kind).containsExactly(EngagementKind.SIGNING);
        assertThat(x.events().get(0).participants()).containsExactly("Saigon Skyways", "Aerion Aircraft Company", "Bui Van Thanh");
        assertThat(x.events().get(0).evidence().text()).contains("signing ceremony");
    }

    @Test
    void policyIssuesComeFromTheirVocabularyAndEvasionOfTariffsIsFraudNotATariffIssue() {
        assertThat(read("html-vn-outlet.html").issues()).extracting(Extraction.Issue::topic)
                .containsExactly(PolicyTopic.MARKET_ECONOMY_STATUS, PolicyTopic.TRADE_FRAUD);
        assertThat(read("reuters-style.txt").issues()).extracting(Extraction.Issue::topic)
                .containsExactlyInAnyOrder(PolicyTopic.TARIFFS, PolicyTopic.EXPORT_CONTROLS, PolicyTopic.TRADE_FRAUD);
    }

    @Test
    void everyFactQuotesTheTextItCameFrom() {
        Extraction x = read("reuters-style.txt");
        for (Extraction.Event e : x.events()) {
            assertThat(x.text().substring(e.evidence().start(), e.evidence().end())).startsWith(e.evidence().text().split(" … ")[0]);
        }
        for (Extraction.Commitment c : x.commitments()) {
            assertThat(x.text().substring(c.evidence().start(), c.evidence().end())).isEqualTo(c.evidence().text());
        }
    }

    @Test
    void theRegisterLetsABareNameBeRecognised() {
        KnownNames known = new KnownNames(
                List.of(new KnownNames.Person("Lê Minh Tuấn", List.of("Le Minh Tuan"), "Minister of Industry and Trade", "VN")),
                List.of(new KnownNames.Organisation("Harvest Plains Cooperative", List.of(), "US", "company")));
        Extraction x = new PressReleaseReader(known).read(new PressRelease("t.txt",
                "date 2026-08-01 Tuấn held a meeting with Harvest Plains Cooperative on July 30 in Hanoi."));
        assertThat(x.events()).singleElement().satisfies(e -> {
            assertThat(e.participants()).containsExactly("Lê Minh Tuấn", "Harvest Plains Cooperative");
            assertThat(e.date()).hasToString("2026-07-30");
            assertThat(e.place()).isEqualTo("Hanoi");
        });
    }

    @Test
    void aTitleCaseWireDatelineIsNotTheMeetingsDayAndADelegationsMembersTakePart() {
        Extraction x = read("vna-delegation.txt");
        assertThat(x.published()).as("October 14 without a year").isNull();
        Extraction.Event meeting = event(x, EngagementKind.MEETING);
        assertThat(meeting.date()).hasToString("XXXX-10-13");
        assertThat(meeting.participants()).containsExactly("Tran Van Khai", "Pacific Rim Business Council", "Mark Tillman",
                "Northwind Aerospace", "Quantal", "Paywise", "Gulfstar Energy");
        assertThat(event(x, EngagementKind.CALL).date()).as("'earlier the same day' is no date").isNull();
        assertThat(x.people()).filteredOn(p -> p.name().equals("Ruth Calder")).extracting(Extraction.Person::title)
                .containsExactly("US Treasury Secretary");
        assertThat(x.issues()).extracting(Extraction.Issue::topic).contains(PolicyTopic.MARKET_ECONOMY_STATUS);
    }

    @Test
    void aNewswireOrderAndItsPassiveSigningAreRead() {
        Extraction x = read("prnewswire-order.txt");
        assertThat(x.published()).hasToString("2026-01-20");
        assertThat(x.commitments()).singleElement().satisfies(c -> {
            assertThat(c.buyer()).isEqualTo("Lotus Skyline Joint Stock Company");
            assertThat(c.quantity()).isEqualTo(15L);
            assertThat(dollars(c)).isEqualTo(1.9e9);
        });
        assertThat(event(x, EngagementKind.SIGNING).participants()).containsExactly("Hoang Minh Duc", "Clara Wendt", "Peter Hale");
        assertThat(event(x, EngagementKind.SIGNING).place()).isEqualTo("Washington");
    }


    // --- the genre beyond the seeds: each case on a text of its own ------------------------------------------------

    @Test
    void aWrappedReadoutIsJoinedBackAndItsFurnitureLeftOut() {
        Extraction x = read("wrapped-state-readout.txt");
        assertThat(x.published()).as("the date line under the headline").hasToString("2026-03-03");
        assertThat(x.text()).doesNotContain("###").doesNotContain("subscribed").doesNotContain("Privacy Policy");
        Extraction.Event meeting = event(x, EngagementKind.MEETING);
        assertThat(meeting.date()).hasToString("2026-03-03");
        assertThat(meeting.participants()).as("a title split across two lines")
                .containsExactly("John M. Carver Jr.", "Hiroshi Tanabe");
        assertThat(x.events()).as("the headline's meeting is the body's, and the spokesperson takes no part").hasSize(2);
        assertThat(x.people()).extracting(Extraction.Person::name, Extraction.Person::title, Extraction.Person::country)
                .containsExactly(tuple("John M. Carver Jr.", "Deputy Secretary of State", "US"),
                        tuple("Hiroshi Tanabe", "Vice Minister for Foreign Affairs", "JP"),
                        tuple("Sugiono", "Foreign Minister", "ID"));
    }

    @Test
    void middleInitialsSuffixesAndShortFormsAreOnePerson() {
        Extraction x = read("wrapped-state-readout.txt");
        assertThat(event(x, EngagementKind.CALL).participants()).as("'Deputy Secretary Carver' is John M. Carver, Jr.")
                .containsExactly("John M. Carver Jr.", "Sugiono");
    }

    @Test
    void paragraphsWithoutBlankLinesAndADelegationsLeadersTakePartInTheRoundOfTheTalks() {
        Extraction x = read("no-blank-lines.txt");
        assertThat(x.published()).hasToString("2026-05-21");
        Extraction.Event round = event(x, EngagementKind.NEGOTIATION_ROUND);
        assertThat(round.round()).isEqualTo(4);
        assertThat(round.talks()).as("the round is of the Indonesia–US talks, not any fourth round").hasToString("ID-US");
        assertThat(round.date()).as("'on Wednesday' before the Thursday dateline").hasToString("2026-05-20");
        assertThat(round.place()).isEqualTo("Jakarta");
        assertThat(round.participants()).as("'Airlangga', an Indonesian called by his first name")
                .containsExactly("Airlangga Hartarto", "Karen M. Olsen");
        assertThat(x.people()).extracting(Extraction.Person::name, Extraction.Person::title, Extraction.Person::country)
                .containsExactly(tuple("Airlangga Hartarto", "Coordinating Minister for Economic Affairs", "ID"),
                        tuple("Karen M. Olsen", "Assistant US Trade Representative for Southeast Asia and the Pacific", "US"));
    }

    @Test
    void aPossessiveTitleAHonorificAndAnAppositionInLowerCase() {
        Extraction x = read("possessive-honorifics.txt");
        assertThat(x.events()).as("'also attended the meeting' returns to the meeting told before").singleElement()
                .satisfies(e -> assertThat(e.participants()).containsExactly("Tengku Zafrul Aziz", "Edgard D. Kagan", "Lim Siew Ling"));
        assertThat(x.people()).extracting(Extraction.Person::name, Extraction.Person::title, Extraction.Person::country)
                .containsExactly(tuple("Tengku Zafrul Aziz", "Minister of Investment, Trade and Industry", "MY"),
                        tuple("Edgard D. Kagan", "United States Ambassador to Malaysia", "US"),
                        tuple("Lim Siew Ling", "secretary-general", "MY"));
        assertThat(x.issues()).extracting(Extraction.Issue::topic).containsExactly(PolicyTopic.EXPORT_CONTROLS, PolicyTopic.TARIFFS);
    }

    @Test
    void meetingsInEveryWordingAndAnEarlierMeetingRecalled() {
        Extraction x = read("meeting-wordings.txt");
        assertThat(x.published()).hasToString("2026-06-09");
        assertThat(x.events()).extracting(e -> e.kind().code(), e -> String.valueOf(e.date()), Extraction.Event::participants)
                .containsExactly(
                        tuple("meeting", "2026-06-09", List.of("Don Farrell", "Robert Hale")),
                        tuple("meeting", "2026-03-14", List.of("Don Farrell", "Robert Hale")),
                        tuple("call", "null", List.of("Robert Hale", "Todd McClay")),
                        tuple("meeting", "2026-06-09", List.of("Robert Hale", "Jim Chalmers")),
                        tuple("meeting", "2026-06-09", List.of("Robert Hale", "Business Council of Australia")),
                        tuple("meeting", "2026-06-08", List.of("Anthony Albanese", "Robert Hale")));
    }

    @Test
    void peopleOfAnyCountryTakeItFromTheTitleTheNationalityOrTheDateline() {
        Extraction x = read("meeting-wordings.txt");
        assertThat(x.people()).extracting(Extraction.Person::name, Extraction.Person::country)
                .containsExactly(tuple("Don Farrell", "AU"), tuple("Robert Hale", "US"), tuple("Todd McClay", "NZ"),
                        tuple("Jim Chalmers", "AU"), tuple("Anthony Albanese", "AU"));
        assertThat(read("eu-statement.txt").people()).extracting(Extraction.Person::name, Extraction.Person::country)
                .containsExactly(tuple("Maroš Šefčovič", "EU"), tuple("Budi Santoso", "ID"), tuple("Airlangga Hartarto", "ID"));
        assertThat(read("indian-outlet.txt").people()).extracting(Extraction.Person::name, Extraction.Person::title, Extraction.Person::country)
                .containsExactly(tuple("Piyush Goyal", "Commerce and Industry Minister", "IN"), tuple("Don Farrell", null, "AU"));
    }

    @Test
    void aCallAndTheLeadersOfAWhiteHouseReadout() {
        Extraction x = read("whitehouse-call.txt");
        assertThat(event(x, EngagementKind.CALL).participants()).containsExactly("Thomas Harlan", "Shigeru Ota");
        assertThat(event(x, EngagementKind.CALL).date()).hasToString("2026-04-07");
        assertThat(x.people()).extracting(Extraction.Person::name, Extraction.Person::country)
                .containsExactlyInAnyOrder(tuple("Thomas Harlan", "US"), tuple("Shigeru Ota", "JP"));
        assertThat(x.commitments()).singleElement().satisfies(c -> {
            assertThat(c.buyer()).isEqualTo("Japan");
            assertThat(dollars(c)).isEqualTo(8e9);
            assertThat(c.item()).isEqualTo("American agricultural products");
        });
    }

    @Test
    void aWireStoryWithoutAYearAndAPassiveReception() {
        Extraction x = read("kyodo-summit.txt");
        assertThat(x.published()).isNull();
        assertThat(x.events()).extracting(Extraction.Event::participants)
                .containsExactly(List.of("Sanae Takaichi", "Donald Trump"), List.of("Donald Trump", "Naruhito"));
        assertThat(x.people()).extracting(Extraction.Person::name, Extraction.Person::country)
                .containsExactly(tuple("Sanae Takaichi", "JP"), tuple("Donald Trump", "US"), tuple("Naruhito", "JP"));
    }

    @Test
    void aVisitWithTalksInItsWhereClauseAndASigningByTheMinisters() {
        Extraction x = read("eu-statement.txt");
        assertThat(x.published()).hasToString("2025-09-23");
        assertThat(event(x, EngagementKind.MEETING).participants()).containsExactly("Maroš Šefčovič", "Budi Santoso", "Airlangga Hartarto");
        assertThat(event(x, EngagementKind.MEETING).date()).hasToString("2025-09-22");
        assertThat(event(x, EngagementKind.SIGNING).participants()).as("'the Commissioner and the ministers'")
                .containsExactly("Maroš Šefčovič", "Budi Santoso", "Airlangga Hartarto");
    }

    @Test
    void aDelegationLedByItsPresidentIsOfTheOrganisationsCountry() {
        Extraction x = read("vna-reception.txt");
        assertThat(event(x, EngagementKind.MEETING).participants()).containsExactly("Bùi Thanh Sơn", "US Chamber of Commerce", "Charles Freeman");
        assertThat(event(x, EngagementKind.MEETING).date()).hasToString("XXXX-08-17");
        assertThat(x.people()).extracting(Extraction.Person::name, Extraction.Person::country)
                .containsExactly(tuple("Bùi Thanh Sơn", "VN"), tuple("Charles Freeman", "US"));
    }

    @Test
    void aPublicationLineAtTheFootAndARoundOfOtherTalks() {
        Extraction x = read("indian-outlet.txt");
        assertThat(x.published()).hasToString("2025-10-14");
        assertThat(event(x, EngagementKind.MEETING).date()).as("'on Monday' before the Tuesday it was published").hasToString("2025-10-13");
        assertThat(event(x, EngagementKind.NEGOTIATION_ROUND).round()).isEqualTo(11);
        assertThat(event(x, EngagementKind.NEGOTIATION_ROUND).talks()).hasToString("AU-IN");
    }

    @Test
    void purchasesInEveryWordingButNotInvestmentsOrFinancing() {
        Extraction x = read("purchases-wordings.txt");
        assertThat(x.commitments()).extracting(Extraction.Commitment::buyer, Extraction.Commitment::seller, Extraction.Commitment::quantity,
                        PressReleaseReaderTest::dollars)
                .containsExactlyInAnyOrder(
                        tuple("Philippine Airlines", "Airbus", 9L, null),
                        tuple("Cebu Pacific", "Boeing", 20L, null),
                        tuple("San Miguel Foods", "Cargill", null, 1.2e9),
                        tuple("Philippine importers", null, null, 2e9),
                        tuple("First Gen", "Cheniere Energy", 1_500_000L, null));
        assertThat(x.commitments()).noneMatch(c -> c.buyer().contains("Mitsubishi") || c.buyer().contains("Finance"));
    }


    @Test
    void aForeignMinistrysNumberedReadoutWithHonorificsAndTitlesAfterTheNames() {
        Extraction x = read("mofa-ministers-meeting.txt");
        assertThat(x.published()).hasToString("2025-09-23");
        assertThat(event(x, EngagementKind.MEETING).participants()).containsExactly("Kenji Morimoto", "Daniel Brooks");
        assertThat(event(x, EngagementKind.MEETING).date()).as("'a.m. (local time)' and 'H.E.' end no sentence").hasToString("2025-09-22");
        assertThat(x.people()).extracting(Extraction.Person::title, Extraction.Person::country)
                .containsExactly(tuple("Minister for Foreign Affairs of Japan", "JP"), tuple("Secretary of State of the United States of America", "US"));
    }

    @Test
    void aWireStorysTeamsLedByPeopleWithTitlesInLowerCase() {
        Extraction x = read("wire-lower-case-titles.txt");
        assertThat(event(x, EngagementKind.MEETING).participants()).containsExactly("Brendan Lynch", "Rajesh Agrawal");
        assertThat(x.people()).extracting(Extraction.Person::name, Extraction.Person::title, Extraction.Person::country)
                .containsExactly(tuple("Brendan Lynch", "assistant U.S. trade representative for South and Central Asia", "US"),
                        tuple("Rajesh Agrawal", "special secretary in the commerce ministry", "IN"));
    }

    @Test
    void aMakersNameBeforeTheGoodsIsTheSellerAndAGroupOfBuyersIsABuyer() {
        Extraction x = read("antara-purchases.txt");
        assertThat(x.commitments()).extracting(Extraction.Commitment::buyer, Extraction.Commitment::seller, Extraction.Commitment::quantity)
                .containsExactly(tuple("Garuda Indonesia", "Boeing", 50L), tuple("Indonesian wheat millers", null, 1_000_000L));
        assertThat(event(x, EngagementKind.MEETING).participants()).as("'he said, after meeting ...' is the minister's meeting")
                .containsExactly("Airlangga Hartarto", "Howard Lutnick");
    }

    @Test
    void anAgreementForABuyerAndAnMouUnderWhichItBuysAreBothPurchases() {
        Extraction x = read("vnexpress-deals.txt");
        assertThat(x.published()).hasToString("2026-05-08");
        assertThat(x.commitments()).extracting(Extraction.Commitment::buyer, Extraction.Commitment::seller, Extraction.Commitment::quantity)
                .containsExactly(tuple("Vietnam Airlines", "Boeing", 50L), tuple("PetroVietnam Gas", "Excelerate Energy", 1_000_000L));
        assertThat(x.issues()).extracting(Extraction.Issue::topic).containsExactly(PolicyTopic.MARKET_ECONOMY_STATUS);
    }


    @Test
    void ministersWhoAgreeTogetherMetAndABuyerDescribedBeforeItsVerbSigned() {
        Extraction x = read("nikkei-lng.txt");
        assertThat(event(x, EngagementKind.MEETING).participants()).as("two ministers who agreed together met")
                .containsExactly("Yoji Muto", "Chris Wright");
        assertThat(event(x, EngagementKind.SIGNING).participants()).as("the signer, not the minister").containsExactly("JERA");
        assertThat(x.people()).extracting(Extraction.Person::title).containsExactly("Economy, Trade and Industry Minister", "U.S. Energy Secretary");
        assertThat(x.commitments()).singleElement().satisfies(c -> {
            assertThat(c.buyer()).isEqualTo("JERA");
            assertThat(c.seller()).as("'U.S. suppliers' name no seller").isNull();
            assertThat(c.quantity()).isEqualTo(5_500_000L);
        });
    }

    @Test
    void aRoundConcludedByATradeRepresentativesOfficeWithBothDelegationsLeaders() {
        Extraction x = read("ustr-round.txt");
        Extraction.Event round = event(x, EngagementKind.NEGOTIATION_ROUND);
        assertThat(round.round()).isEqualTo(5);
        assertThat(round.talks()).hasToString("US-VN");
        assertThat(round.date()).hasToString("2025-07-18");
        assertThat(round.participants()).containsExactly("Sarah Bianchi", "Nguyen Sinh Nhat Tan");
        assertThat(x.issues()).extracting(Extraction.Issue::topic).containsExactly(PolicyTopic.TRADE_FRAUD);
    }

    @Test
    void aTextLongerThanAnyPressReleaseIsRefusedByItsNameAtOnce() {
        String huge = "Minister met the Secretary and ".repeat(7000);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reader.read(new PressRelease("huge.txt", huge)))
                .isInstanceOfSatisfying(org.bilateral.shared.InvalidInput.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.source()).isEqualTo("huge.txt");
                            assertThat(p.message()).isEqualTo("is 217,000 characters long; a press release is read up to 200,000");
                        }));
    }

    private static Extraction.Event event(Extraction x, EngagementKind kind) {
        return x.events().stream().filter(e -> e.kind() == kind).findFirst().orElseThrow(() -> new AssertionError("no " + kind + " in " + x.events()));
    }

    @Test
    void purchasesInWordingsTheRulesNeverSawAreReadByTheModelButLoansInvestmentsAndPlansAreNot() {
        Extraction x = read("purchases-any-wording.txt");
        assertThat(x.commitments()).extracting(Extraction.Commitment::buyer, Extraction.Commitment::seller, Extraction.Commitment::item,
                        Extraction.Commitment::quantity, Extraction.Commitment::unit, PressReleaseReaderTest::dollars)
                .containsExactlyInAnyOrder(
                        // "$8.1-billion" is 8.1 x 10^9 dollars; "50 narrow-body 737-8 jets" is 50 aircraft
                        tuple("Vietnam Airlines", "Boeing", "narrow-body 737-8 jets", 50L, "aircraft", 8.1e9),
                        tuple("Lotus Sky", "Embraer", "aircraft", 30L, "aircraft", null),
                        tuple("Pacific Rim Air", "Airbus", "A330neo jets", 12L, "aircraft", null),
                        // "$450 million" is 4.5 x 10^8; the sellers are "American suppliers", a nationality, not a name
                        tuple("Delta Harvest Group", null, null, null, null, 4.5e8),
                        // "500,000 tonnes of U.S. corn": the goods are corn, counted in tonnes, not "tonnes of U"
                        tuple("Indonesian wheat millers", null, "corn", 500_000L, "tonnes", null));
        // the loan from Export Credit Bank, Orchid Capital's investment and Lotus Sky's plan to buy 20 more are not purchases
        assertThat(x.commitments()).noneMatch(c -> c.buyer().contains("Export") || c.buyer().contains("Mekong")
                || c.buyer().contains("Orchid") || c.quantity() != null && c.quantity() == 20L);
        // every proposal carries the sentence's probability of stating a commitment, never more than certain
        assertThat(x.commitments()).allSatisfy(c -> assertThat(c.confidence().value()).isBetween(PurchaseModel.THRESHOLD, 1.0));
    }

    @Test
    void aVietnameseReleaseIsReadByTheVietnameseStepsPeopleEventPurchaseAndIssues() {
        Extraction x = read("vi-bo-cong-thuong.txt");
        assertThat(x.published()).as("the site's date line, day before month").hasToString("2026-02-05");
        assertThat(x.people()).extracting(Extraction.Person::name, Extraction.Person::title, Extraction.Person::country)
                .containsExactly(tuple("Nguyễn Hồng Diên", "Bộ trưởng Bộ Công Thương", "VN"),
                        tuple("Jamieson Greer", "Đại diện Thương mại Hoa Kỳ (USTR)", "US"));
        Extraction.Event meeting = event(x, EngagementKind.MEETING);
        assertThat(meeting.date()).as("chiều ngày 4/2/2026").hasToString("2026-02-04");
        assertThat(meeting.place()).isEqualTo("Washington D.C");
        assertThat(meeting.participants()).as("\"Bộ trưởng Diên\" and \"Ông Greer\" are the same two people")
                .containsExactly("Nguyễn Hồng Diên", "Jamieson Greer");
        Extraction.Event signing = event(x, EngagementKind.SIGNING);
        assertThat(signing.participants()).containsExactly("Hãng hàng không Vietnam Airlines", "Tập đoàn Boeing");
        // 8,1 tỷ USD is 8.1 × 1,000,000,000 = 8,100,000,000 dollars; 50 aircraft
        assertThat(x.commitments()).extracting(Extraction.Commitment::buyer, Extraction.Commitment::seller, Extraction.Commitment::quantity,
                PressReleaseReaderTest::dollars).containsExactly(tuple("Hãng hàng không Vietnam Airlines", "Boeing", 50L, 8.1e9));
        assertThat(x.issues()).extracting(Extraction.Issue::topic)
                .containsExactly(PolicyTopic.MARKET_ECONOMY_STATUS, PolicyTopic.TRADE_FRAUD, PolicyTopic.TARIFFS);
    }

    @Test
    void anEnglishReleaseNamingVietnamesePeopleIsStillReadInEnglish() {
        Extraction x = reader.read(new PressRelease("en.txt", "HANOI, March 10, 2026 - Minister of Industry and Trade Nguyễn Hồng Diên met"
                + " U.S. Trade Representative Jamieson Greer in Hanoi on Monday to discuss the reciprocal trade agreement."));
        assertThat(x.people()).extracting(Extraction.Person::title).contains("Minister of Industry and Trade");
    }

    private Extraction read(String name) {
        try (InputStream in = getClass().getResourceAsStream("/press-releases/" + name)) {
            return reader.read(new PressRelease(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The purchase's value as the number of dollars the reader wrote, to compare with the figures above. */
    static Double dollars(Extraction.Commitment c) {
        return c.valueUsd() == null ? null : c.valueUsd().usd().doubleValue();
    }
}
