package org.bilateral.extraction;

import org.bilateral.shared.Money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bilateral.commitments.Instrument;
import org.bilateral.engagements.EngagementKind;
import org.bilateral.engagements.OrganisationKind;
import org.bilateral.engagements.Talks;
import org.bilateral.extraction.ProposedRecord.Subject;
import org.bilateral.policy.PolicyTopic;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.ReportedDate;
import org.junit.jupiter.api.Test;

/** Proposed records stored, shown and corrected: typed on the way in, refused field by field, never rounded. */
class ProposalJsonTest {

    private static final ProposedRecord.Event ROUND = new ProposedRecord.Event(EngagementKind.NEGOTIATION_ROUND, ReportedDate.parse("2026-05-20"),
            null, "Jakarta", 4, Talks.of("US", "ID"), List.of("Airlangga Hartarto"), List.of("tariffs"), null);

    @Test
    void everyKindOfRecordIsStoredUnderItsFieldNamesAndReadBackEqual() {
        List<ProposedRecord> records = List.of(ROUND,
                new ProposedRecord.Person("Tô Lâm", "General Secretary", CountryCode.of("VN"), null),
                new ProposedRecord.Organisation("US Chamber of Commerce", "AmCham", CountryCode.of("US"), OrganisationKind.ASSOCIATION, true),
                new ProposedRecord.Commitment("Vietjet", "Boeing", "aircraft", 200L, "aircraft", Money.usd(new java.math.BigDecimal("3.2e10")), null, null, Instrument.MOU),
                new ProposedRecord.Issue(PolicyTopic.TRADE_FRAUD));
        for (ProposedRecord r : records) {
            assertThat(ProposalJson.read(r.subject(), ProposalJson.write(r))).isEqualTo(r);
        }
        assertThat(ProposalJson.write(ROUND)).contains("\"talks\":\"ID-US\"", "\"end_date\":null", "\"date\":\"2026-05-20\"",
                "\"kind\":\"negotiation_round\"");
        assertThat(ProposalJson.fields(records.get(3)).keys()).contains("buyer", "value_usd", "value_low_usd", "instrument");
        assertThat(ProposalJson.fields(records.get(3)).get("instrument")).isEqualTo("mou");
    }

    @Test
    void aCorrectionIsLaidOverTheProposalInItsOwnTypes() {
        ProposedRecord corrected = ProposalJson.corrected(ROUND, Corrections.of(Map.of("round", 5, "talks", "vn-us", "date", "XXXX-05-19")), "proposal 1");
        assertThat(corrected).isEqualTo(new ProposedRecord.Event(EngagementKind.NEGOTIATION_ROUND, ReportedDate.parse("XXXX-05-19"), null,
                "Jakarta", 5, Talks.of("VN", "US"), List.of("Airlangga Hartarto"), List.of("tariffs"), null));
    }

    @Test
    void everyWrongFieldIsNamedAtOnceAndNothingIsRoundedToFit() {
        Map<String, Object> wrong = new LinkedHashMap<>();
        wrong.put("round", 4.5);
        wrong.put("date", "15/05/2026");
        wrong.put("talks", "Vietnam");
        assertThatThrownBy(() -> ProposalJson.corrected(ROUND, Corrections.of(wrong), "proposal 1")).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems()).extracting(InputProblem::field).containsExactlyInAnyOrder("round", "date", "talks"));
        ProposedRecord.Person person = new ProposedRecord.Person("Lê Mạnh Hùng", null, null, null);
        assertThatThrownBy(() -> ProposalJson.corrected(person, Corrections.of(Map.of("country", "Vietnam")), "proposal 2"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("country");
                    assertThat(p.message()).contains("two-letter ISO code", "Vietnam");
                }));
    }

    @Test
    void correctedTextIsHeldToTheBoundsOfEveryOtherDoor() {
        assertThatThrownBy(() -> ProposalJson.corrected(ROUND, Corrections.of(Map.of("place", "Ja\u0000karta", "participants",
                List.of("Airlangga Hartarto", "x".repeat(3_000)))), "proposal 1"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(InputProblem::field, InputProblem::message)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("place", "holds the character U+0000 at position 3 (a control character)"),
                                org.assertj.core.groups.Tuple.tuple("participants", "is 3,000 characters long; at most 2,000 are kept")));
    }

    @Test
    void aFieldTheRecordDoesNotHaveAndWhatARecordMayNotBeAreRefused() {
        assertThatThrownBy(() -> ProposalJson.corrected(ROUND, Corrections.of(Map.of("venue", "Hanoi")), "proposal 1"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(InputProblem::field).containsExactly("venue"));
        ProposedRecord.Commitment deal = new ProposedRecord.Commitment("Vietjet", "Boeing", "aircraft", 200L, "aircraft", null, null, null, null);
        assertThatThrownBy(() -> ProposalJson.corrected(deal, Corrections.of(Map.of("quantity", -3, "value_low_usd", 5e9, "value_high_usd", 1e9)), "proposal 3"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(InputProblem::field)
                        .containsExactlyInAnyOrder("quantity", "value_low_usd"));
        assertThatThrownBy(() -> ProposalJson.corrected(deal, Corrections.of(Map.of("buyer", " ")), "proposal 3"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(InputProblem::field).containsExactly("buyer"));
    }

    @Test
    void theSubjectSaysWhichRecordAPayloadIs() {
        assertThat(Subject.parse("event").type()).isEqualTo(ProposedRecord.Event.class);
        assertThat(ProposalJson.read(Subject.ISSUE, "{\"topic\":\"tariffs\"}")).isEqualTo(new ProposedRecord.Issue(PolicyTopic.TARIFFS));
    }
}
