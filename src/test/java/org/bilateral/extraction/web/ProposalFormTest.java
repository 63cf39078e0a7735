package org.bilateral.extraction.web;

import java.util.ArrayList;
import org.bilateral.shared.Money;
import org.bilateral.extraction.ProposalFields;
import org.bilateral.extraction.Corrections;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bilateral.extraction.ProposalJson;
import org.bilateral.extraction.ProposedRecord;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.junit.jupiter.api.Test;

class ProposalFormTest {

    /** A round proposal and a purchase proposal as the review form lists their fields. */
    static ProposalFields round() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("kind", "negotiation_round");
        fields.put("round", 5);
        fields.put("participants", List.of());
        fields.put("sidelines_of", null);
        return fieldsOf(fields);
    }

    static ProposalFields purchase() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("buyer", "VietJet");
        fields.put("quantity", 200L);
        fields.put("value_usd", new BigDecimal("10000000000"));
        fields.put("value_low_usd", null);
        return fieldsOf(fields);
    }

    private static ProposalFields fieldsOf(Map<String, Object> fields) {
        List<ProposalFields.Field> listed = new ArrayList<>();
        fields.forEach((key, value) -> listed.add(new ProposalFields.Field(key, value)));
        return new ProposalFields(listed);
    }

    @Test
    void aWholeNumberTypedStaysThatWholeNumberNeverADecimal() {
        Corrections out = ProposalForm.corrections(round(), Map.of("round", "5", "sidelines_of", "4", "_csrf", "x"), "proposal 1");
        assertThat(out.get("round")).isEqualTo(5L);
        assertThat(out.get("sidelines_of")).isEqualTo(4L);
        assertThat(out.has("_csrf")).isFalse();
        assertThat(out.get("round")).isExactlyInstanceOf(Long.class);
    }

    @Test
    void tenBillionStaysAWholeNumberWithOrWithoutGroupingCommas() {
        Corrections out = ProposalForm.corrections(purchase(), Map.of("quantity", "10000000000", "value_usd", "10,000,000,000"), "proposal 2");
        assertThat(out.get("quantity")).isEqualTo(10_000_000_000L);
        assertThat(out.get("value_usd")).isEqualTo(10_000_000_000L);
    }

    @Test
    void aDecimalIsKeptExactlyAsTyped() {
        assertThat(ProposalForm.corrections(purchase(), Map.of("value_usd", "9500000000.55"), "proposal 2").get("value_usd"))
                .isEqualTo(new BigDecimal("9500000000.55"));
        // a dot in a whole-number field goes on as a decimal, for the record to refuse by name: never rounded to 5
        assertThat(ProposalForm.number("5.0")).isEqualTo(new BigDecimal("5.0"));
        assertThat(ProposalForm.number("99999999999999999999")).isEqualTo(new BigInteger("99999999999999999999"));
    }

    @Test
    void whatIsNotANumberIsRefusedNamingItsField() {
        // "1,5" is one and a half written the Vietnamese way: refused, never read as fifteen
        assertThatThrownBy(() -> ProposalForm.corrections(purchase(), Map.of("quantity", "200 aircraft", "value_usd", "1,5"), "proposal 2"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(InputProblem::field)
                        .containsExactly("quantity", "value_usd"));
    }

    @Test
    void anAmountFinerThanACentIsRefusedNamingItsFieldAndOneToTheCentIsKept() {
        ProposedRecord.Commitment proposed = new ProposedRecord.Commitment("VietJet", "Boeing", "aircraft", 200L, "aircraft",
                Money.usd(new BigDecimal("1.0E10")), null, null, null);
        assertThatThrownBy(() -> ProposalJson.corrected(proposed,
                ProposalForm.corrections(ProposalJson.fields(proposed), Map.of("value_low_usd", "1000.005"), "proposal 2"), "proposal 2"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.field()).isEqualTo("value_low_usd")));
        ProposedRecord.Commitment corrected = (ProposedRecord.Commitment) ProposalJson.corrected(proposed,
                ProposalForm.corrections(ProposalJson.fields(proposed), Map.of("value_low_usd", "1000.500", "value_high_usd", "10000000000"),
                        "proposal 2"), "proposal 2");
        // 1000.500 is 1000.5 exactly; 1.0E10 is ten billion written out, not a double
        assertThat(corrected.valueLowUsd()).hasToString("1000.5");
        assertThat(corrected.valueHighUsd()).hasToString("10000000000");
        assertThat(corrected.valueUsd()).hasToString("10000000000");
        assertThat(ProposalJson.write(corrected)).contains("\"value_usd\":10000000000,");
    }

    @Test
    void anEmptyFieldIsNotGivenAndAListIsSplitAtCommas() {
        Corrections out = ProposalForm.corrections(round(), Map.of("round", " ", "participants", "Joe Biden, Tô Lâm,"), "proposal 1");
        assertThat(out.has("round")).isTrue();
        assertThat(out.get("round")).isNull();
        assertThat(out.get("participants")).isEqualTo(List.of("Joe Biden", "Tô Lâm"));
    }
}
