package org.bilateral.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.junit.jupiter.api.Test;

/** Offer files read into drafts and written back; every refusal names the file, the line and the field. */
class OfferFileTest {

    static final String FARM = """
            name: Farm goods at zero
            note: optional
            schedule-on: 2026-01-01
            elasticities: {import-demand: 1.5, substitution: 1.5}
            parts:
              - scope: agricultural
                mfn-at-or-below: 5
                phases: [{year: 2026, rate: 0}]
              - scope: codes
                codes: ["0201", "100590", 02023000]
                phases:
                  - {year: 2026, rate: 10}
                  - {year: 2028, rate: 2.5}
            """;

    static InputProblem refusal(String yaml) {
        try {
            OfferFile.read("offer.yaml", yaml);
        } catch (InvalidInput e) {
            return e.problems().get(0);
        }
        throw new AssertionError("not refused: " + yaml);
    }

    @Test
    void theContractsShapeIsReadWhole() {
        OfferDraft d = OfferFile.read("farm.yaml", FARM).draft();
        assertThat(d.name()).isEqualTo("Farm goods at zero");
        assertThat(d.note()).isEqualTo("optional");
        assertThat(d.scheduleOn()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(d.elasticities().importDemand()).isEqualByComparingTo("1.5");
        assertThat(d.parts()).hasSize(2);
        assertThat(d.parts().get(0).selection()).isEqualTo(new Selection(Scope.AGRICULTURAL, List.of(), new BigDecimal("5")));
        assertThat(d.parts().get(1).selection().codes()).containsExactly(HsCode.of("0201"), HsCode.of("100590"), HsCode.of("02023000"));
        assertThat(d.parts().get(1).phases()).containsExactly(new Phase(2026, new BigDecimal("10")), new Phase(2028, new BigDecimal("2.5")));
    }

    @Test
    void aPlainRateIsOnePhaseFromTheStatisticsYearAndDefaultsFillWhatTheFileLeavesOut() {
        OfferDraft d = OfferFile.read("a.yaml", "name: A\nparts:\n  - scope: industrial\n    rate: 0\n").draft();
        assertThat(d.parts().get(0).phases()).containsExactly(new Phase(Phase.FROM_STATISTICS_YEAR, BigDecimal.ZERO));
        assertThat(d.elasticities()).isEqualTo(Elasticities.defaults());
        assertThat(d.scheduleOn()).isNull();
    }

    @Test
    void theFileWrittenBackReadsAsTheSameDraft() {
        OfferDraft d = OfferFile.read("farm.yaml", FARM).draft();
        String written = OfferFile.write(d);
        assertThat(OfferFile.read("again.yaml", written).draft()).isEqualTo(d);
        OfferDraft odd = new OfferDraft("Quotes \" and: colons # and\nlines", "ý kiến: \"tiếng Việt\"", null, Elasticities.defaults(),
                List.of(new Part(new Selection(Scope.INDUSTRIAL, List.of(), null), List.of(new Phase(0, new BigDecimal("0.25"))))));
        assertThat(OfferFile.read("odd.yaml", OfferFile.write(odd)).draft()).isEqualTo(odd);
    }

    @Test
    void aRateOutOfRangeIsRefusedByFileLineAndField() {
        InputProblem p = refusal(FARM.replace("rate: 2.5", "rate: 120"));
        assertThat(p.source()).isEqualTo("offer.yaml");
        assertThat(p.field()).isEqualTo("parts[1].phases[1].rate");
        assertThat(p.location()).isEqualTo("line 13");
        assertThat(p.what().key()).isEqualTo("refusal.offers.rateOutOfRange");
    }

    @Test
    void aRateWithMoreThanTwoDecimalsIsRefused() {
        InputProblem p = refusal(FARM.replace("rate: 2.5", "rate: 2.555"));
        assertThat(p.field()).isEqualTo("parts[1].phases[1].rate");
        assertThat(p.what().key()).isEqualTo("refusal.offers.tooManyDecimals");
    }

    @Test
    void phasesOutOfOrderOrRisingAreRefused() {
        assertThat(refusal(FARM.replace("year: 2028", "year: 2026")).field()).isEqualTo("parts[1].phases[1].year");
        InputProblem rising = refusal(FARM.replace("rate: 2.5", "rate: 12"));
        assertThat(rising.field()).isEqualTo("parts[1].phases[1].rate");
        assertThat(rising.what().key()).isEqualTo("refusal.offers.rateRising");
    }

    @Test
    void anElasticityOutOfItsRangeIsRefused() {
        InputProblem p = refusal(FARM.replace("substitution: 1.5", "substitution: 12"));
        assertThat(p.field()).isEqualTo("elasticities.substitution");
        assertThat(p.location()).isEqualTo("line 4");
        assertThat(p.what().key()).isEqualTo("refusal.offers.elasticityOutOfRange");
        assertThat(refusal(FARM.replace("import-demand: 1.5", "import-demand: -1")).field()).isEqualTo("elasticities.import-demand");
    }

    @Test
    void anEmptyNameAndNoPartsAreRefused() {
        assertThat(refusal(FARM.replace("name: Farm goods at zero", "name: ''")).field()).isEqualTo("name");
        assertThat(refusal("name: A\nparts: []\n").what().key()).isEqualTo("refusal.offers.noParts");
    }

    @Test
    void moreThanFiveHundredCodesAreRefused() {
        StringBuilder codes = new StringBuilder();
        for (int i = 0; i < 501; i++) {
            codes.append(i == 0 ? "" : ", ").append('"').append(String.format("%06d", 10000 + i)).append('"');
        }
        InputProblem p = refusal("name: A\nparts:\n  - scope: codes\n    codes: [" + codes + "]\n    rate: 0\n");
        assertThat(p.field()).isEqualTo("parts");
        assertThat(p.what().key()).isEqualTo("refusal.offers.tooManyCodes");
    }

    @Test
    void anUnknownFieldANonCodeAndAnUnknownScopeAreRefusedWhereTheyAreWritten() {
        InputProblem field = refusal(FARM.replace("note: optional", "notes: optional"));
        assertThat(field.field()).isEqualTo("notes");
        assertThat(field.location()).isEqualTo("line 2");
        InputProblem code = refusal(FARM.replace("\"100590\"", "\"10059\""));
        assertThat(code.field()).isEqualTo("parts[1].codes[1]");
        assertThat(code.location()).isEqualTo("line 10");
        assertThat(refusal(FARM.replace("scope: agricultural", "scope: farm")).field()).isEqualTo("parts[0].scope");
    }

    @Test
    void brokenYamlIsRefusedWithItsLine() {
        InputProblem p = refusal("name: A\nparts: [\n  - {\n");
        assertThat(p.what().key()).isEqualTo("refusal.offers.notYaml");
        assertThat(p.location()).isNotNull();
    }

    @Test
    void aBillionLaughsIsRefusedBeforeItCanExhaustMemory() {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char before = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [*").append(before).append(", *").append(before).append(", *")
                    .append(before).append(", *").append(before).append(", *").append(before).append(", *").append(before)
                    .append(", *").append(before).append(", *").append(before).append(", *").append(before).append("]\n");
        }
        assertThat(refusal(yaml.toString()).what().key()).isEqualTo("refusal.offers.notYaml");
    }

    @Test
    void deepNestingAndAHugeFileAreRefused() {
        assertThat(refusal("name: " + "[".repeat(200) + "]".repeat(200) + "\n").what().key()).isEqualTo("refusal.offers.notYaml");
        assertThatThrownBy(() -> OfferFile.read("big.yaml", "#".repeat(OfferFile.MOST_CHARACTERS + 1)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).what().key())
                        .isEqualTo("refusal.offers.fileTooLarge"));
    }

    @Test
    void aTagNamingAJavaClassIsNeverConstructed() {
        // SnakeYAML's tag inspector refuses a global tag while composing, before any object could be made of it
        InputProblem p = refusal("name: !!javax.script.ScriptEngineManager [x]\nparts: []\n");
        assertThat(p.what().key()).isEqualTo("refusal.offers.notYaml");
        assertThat(p.location()).isEqualTo("line 1");
    }
}
