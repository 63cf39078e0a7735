package org.bilateral.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bilateral.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CorrectionsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void correctionsKeepTheOrderGivenAndAnEmptiedFieldIsGivenAsNothing() {
        Map<String, Object> typed = new LinkedHashMap<>();
        typed.put("round", 6L);
        typed.put("place", null);
        Corrections c = Corrections.of(typed);
        assertThat(c.fields()).extracting(Corrections.Correction::field).containsExactly("round", "place");
        assertThat(c.get("round")).isEqualTo(6L);
        assertThat(c.has("place")).isTrue();
        assertThat(c.get("place")).isNull();
        assertThat(c.has("talks")).isFalse();
    }

    @Test
    void aRequestsBodyIsAnObjectOfFieldsAndNoBodyIsNoCorrection() {
        Corrections c = Corrections.of(JSON.readTree("{\"round\": 6, \"participants\": [\"Tô Lâm\"]}"), "proposal 1");
        assertThat(c.fields()).extracting(Corrections.Correction::field).containsExactly("round", "participants");
        assertThat(Corrections.of(null, "proposal 1")).isEqualTo(Corrections.NONE);
        assertThatThrownBy(() -> Corrections.of(JSON.readTree("[6]"), "proposal 1")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("proposal 1").hasMessageContaining("JSON object of fields");
    }

    @Test
    void aCorrectionFromTheApiIsLaidOverTheProposalAsOneFromTheForm() {
        ProposedRecord.Person person = new ProposedRecord.Person("Lê Mạnh Hùng", null, null, null);
        ProposedRecord fromApi = ProposalJson.corrected(person, Corrections.of(JSON.readTree("{\"title\": \"Minister\"}"), "p"), "p");
        ProposedRecord fromForm = ProposalJson.corrected(person, Corrections.of(Map.of("title", "Minister")), "p");
        assertThat(fromApi).isEqualTo(fromForm).isEqualTo(new ProposedRecord.Person("Lê Mạnh Hùng", "Minister", null, null));
        assertThat(List.of(fromApi.label())).containsExactly("Lê Mạnh Hùng");
    }
}
