package org.bilateral.offers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bilateral.offers.OfferDraft;
import org.bilateral.offers.Scope;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.junit.jupiter.api.Test;

class OfferFormTest {

    private static Map<String, String> sent(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    @Test
    void aFormOfTwoPartsBecomesTheDraftItSays() {
        OfferDraft draft = OfferForm.of(sent("name", " Farm goods at zero ", "note", "", "scheduleOn", "2026-01-01",
                "importDemand", "1,5", "substitution", "2.25",
                "parts[0].scope", "agricultural", "parts[0].codes", "", "parts[0].ceiling", "",
                "parts[0].phases[0].year", "2026", "parts[0].phases[0].rate", "0",
                "parts[1].scope", "codes", "parts[1].codes", "0201, 1005.90 8703", "parts[1].ceiling", "5",
                "parts[1].phases[0].year", "2026", "parts[1].phases[0].rate", "2,5",
                "parts[1].phases[1].year", "2028", "parts[1].phases[1].rate", "0",
                "_csrf", "token", "action", "save")).draft();
        assertThat(draft.name()).isEqualTo("Farm goods at zero");
        assertThat(draft.note()).isNull();
        assertThat(draft.scheduleOn()).isEqualTo(LocalDate.of(2026, 1, 1));
        // "1,5" as a Vietnamese writes one and a half
        assertThat(draft.elasticities().importDemand()).isEqualByComparingTo("1.5");
        assertThat(draft.elasticities().substitution()).isEqualByComparingTo("2.25");
        assertThat(draft.parts()).hasSize(2);
        assertThat(draft.parts().get(0).selection().scope()).isEqualTo(Scope.AGRICULTURAL);
        assertThat(draft.parts().get(0).selection().codes()).isEmpty();
        assertThat(draft.parts().get(1).selection().codes()).containsExactly(HsCode.of("0201"), HsCode.of("100590"), HsCode.of("8703"));
        assertThat(draft.parts().get(1).selection().mfnAtOrBelowPercent()).isEqualByComparingTo("5");
        assertThat(draft.parts().get(1).phases()).extracting(p -> p.year() + " " + p.ratePercent().toPlainString())
                .containsExactly("2026 2.5", "2028 0");
    }

    @Test
    void emptyElasticitiesAreTheLiteraturesDefaults() {
        OfferDraft draft = OfferForm.of(sent("name", "x", "parts[0].codes", "0201", "parts[0].phases[0].year", "2026",
                "parts[0].phases[0].rate", "0")).draft();
        assertThat(draft.elasticities()).isEqualTo(org.bilateral.offers.Elasticities.defaults());
        assertThat(draft.scheduleOn()).isNull();
    }

    @Test
    void aPhaseWithoutAYearStartsWithTheStatisticsYearAndIsShownBackWithoutOne() {
        OfferDraft draft = OfferForm.of(sent("name", "x", "parts[0].codes", "0201", "parts[0].phases[0].year", "",
                "parts[0].phases[0].rate", "0")).draft();
        assertThat(draft.parts().get(0).phases()).containsExactly(new org.bilateral.offers.Phase(
                org.bilateral.offers.Phase.FROM_STATISTICS_YEAR, java.math.BigDecimal.ZERO));
        // shown back as typed, an empty year, never the "0" that stands for it inside
        OfferForm shown = OfferForm.of(new org.bilateral.offers.Offer(new org.bilateral.offers.OfferId(1), "x", null,
                LocalDate.of(2026, 1, 1), draft.elasticities(), draft.parts(), "analyst", java.time.Instant.EPOCH));
        assertThat(shown.parts().get(0).phases().get(0).year()).isEmpty();
    }

    @Test
    void aVietnamesePageShowsDecimalsWithACommaAndReadsThemBackAsTheSameNumbers() {
        OfferForm typed = OfferForm.of(sent("name", "x", "importDemand", "1.5", "substitution", "2", "parts[0].codes", "0201",
                "parts[0].ceiling", "5.25", "parts[0].phases[0].year", "2026", "parts[0].phases[0].rate", "2.5"));
        OfferForm shown = typed.inLanguageOf(java.util.Locale.forLanguageTag("vi"));
        assertThat(shown.importDemand()).isEqualTo("1,5");
        assertThat(shown.substitution()).isEqualTo("2");
        assertThat(shown.parts().get(0).ceiling()).isEqualTo("5,25");
        assertThat(shown.parts().get(0).phases().get(0).rate()).isEqualTo("2,5");
        assertThat(typed.inLanguageOf(java.util.Locale.ENGLISH)).isSameAs(typed);
        // what the Vietnamese page shows is read back as the same offer
        assertThat(OfferForm.of(sent("name", "x", "importDemand", shown.importDemand(), "substitution", shown.substitution(),
                "parts[0].codes", "0201", "parts[0].ceiling", shown.parts().get(0).ceiling(), "parts[0].phases[0].year", "2026",
                "parts[0].phases[0].rate", shown.parts().get(0).phases().get(0).rate())).draft()).isEqualTo(typed.draft());
    }

    @Test
    void whatTheFormCannotReadIsRefusedByEachFieldAtOnce() {
        InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> OfferForm.of(sent("name", "x", "importDemand", "lots",
                "scheduleOn", "1 January", "parts[0].scope", "fish", "parts[0].codes", "0201 12x",
                "parts[0].phases[0].year", "26", "parts[0].phases[0].rate", "1.000,5",
                "parts[0].phases[1].year", "2027", "parts[0].phases[1].rate", "")).draft());
        assertThat(refused.problems()).extracting(InputProblem::source).containsExactly("importDemand", "scheduleOn", "parts[0].scope",
                "parts[0].codes", "parts[0].phases[0].year", "parts[0].phases[0].rate", "parts[0].phases[1].rate");
        OfferForm form = OfferForm.of(sent("parts[0].codes", "", "parts[0].phases[0].year", "2026", "parts[0].phases[1].year", "2027"));
        // each refusal's field is a field of the form, where the page shows it
        assertThat(refused.problems()).allSatisfy(p -> assertThat(OfferFields.formField(p, form)).isEqualTo(p.source()));
    }

    @Test
    void theUseCasesFieldsAreTheFormsFields() {
        OfferForm form = OfferForm.of(sent("parts[0].codes", "0201", "parts[0].phases[0].year", "2026", "parts[0].phases[0].rate", "0",
                "parts[1].codes", "0202", "parts[1].phases[0].year", "2026", "parts[1].phases[0].rate", "0"));
        assertThat(OfferFields.formField("elasticities.import-demand", form)).isEqualTo("importDemand");
        assertThat(OfferFields.formField("elasticities.substitution", form)).isEqualTo("substitution");
        assertThat(OfferFields.formField("parts[1].mfn-at-or-below", form)).isEqualTo("parts[1].ceiling");
        assertThat(OfferFields.formField("parts[1].phases[0].rate", form)).isEqualTo("parts[1].phases[0].rate");
        assertThat(OfferFields.formField("parts[1].phases", form)).isEqualTo("parts[1].phases");
        assertThat(OfferFields.formField("name", form)).isEqualTo("name");
        // a part the form no longer has (removed meanwhile) is said above the form
        assertThat(OfferFields.formField("parts[2].codes", form)).isNull();
        assertThat(OfferFields.formField("offer.yaml", form)).isNull();
    }

    @Test
    void partsAndPhasesAreAddedAndRemovedWithoutSaving() {
        OfferForm form = OfferForm.of(sent("name", "x", "parts[0].codes", "0201", "parts[0].phases[0].year", "2026",
                "parts[0].phases[0].rate", "5"));
        OfferForm more = form.act("addPhase-0").act("addPart");
        assertThat(more.parts()).hasSize(2);
        // a new phase starts the year after the part's last
        assertThat(more.parts().get(0).phases()).extracting(OfferForm.PhaseForm::year).containsExactly("2026", "2027");
        assertThat(more.parts().get(1).phases()).hasSize(1);
        OfferForm fewer = more.act("removePhase-0-0").act("removePart-1");
        assertThat(fewer.parts()).hasSize(1);
        assertThat(fewer.parts().get(0).phases()).extracting(OfferForm.PhaseForm::year).containsExactly("2027");
        assertThat(fewer.name()).isEqualTo("x");
        // a button of rows the form does not have leaves it as it was
        assertThat(fewer.act("removePart-7")).isEqualTo(fewer);
        assertThat(fewer.act("removePhase-0-x")).isEqualTo(fewer);
    }

    @Test
    void gapsInTheRowsNumbersCloseAndEmptyPhaseRowsAreNoPhase() {
        OfferForm form = OfferForm.of(sent("parts[3].codes", "0201", "parts[3].phases[4].year", "2026", "parts[3].phases[4].rate", "0",
                "parts[3].phases[5].year", "", "parts[3].phases[5].rate", "", "parts[0].codes", "02"));
        assertThat(form.parts()).extracting(OfferForm.PartForm::codes).containsExactly("02", "0201");
        assertThat(form.parts().get(1).phases()).containsExactly(new OfferForm.PhaseForm("2026", "0"));
    }

    @Test
    void aSavedOfferIsItsFormAgain() {
        var offer = new org.bilateral.offers.Offer(new org.bilateral.offers.OfferId(4), "Industry at or below 5%", null, LocalDate.of(2026, 1, 1),
                org.bilateral.offers.Elasticities.defaults(), List.of(new org.bilateral.offers.Part(
                        new org.bilateral.offers.Selection(Scope.INDUSTRIAL, List.of(), new BigDecimal("5")),
                        List.of(new org.bilateral.offers.Phase(2026, new BigDecimal("2.5")), new org.bilateral.offers.Phase(2027, BigDecimal.ZERO)))),
                "analyst", java.time.Instant.EPOCH);
        OfferForm form = OfferForm.of(offer);
        assertThat(form.parts().get(0)).isEqualTo(new OfferForm.PartForm("industrial", "", "5",
                List.of(new OfferForm.PhaseForm("2026", "2.5"), new OfferForm.PhaseForm("2027", "0"))));
        assertThat(form.scheduleOn()).isEqualTo("2026-01-01");
    }
}
