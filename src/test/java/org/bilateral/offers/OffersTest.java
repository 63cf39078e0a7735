package org.bilateral.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bilateral.offers.OfferFixture.codes;
import static org.bilateral.offers.OfferFixture.draft;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.bilateral.WorkbenchTest;
import org.bilateral.identity.AuditTrail;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.NotFound;
import org.bilateral.tariffs.TariffLoads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Offers saved, changed and deleted, each audited, and refused by the schedule in force ({@link OfferFixture}'s). */
@WorkbenchTest
class OffersTest {

    @Autowired Offers offers;
    @Autowired TariffLoads loads;
    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;
    @TempDir Path dir;

    @BeforeEach
    void schedule() {
        OfferFixture.clear(jdbc);
        OfferFixture.schedule(loads, dir);
    }

    static InputProblem refusal(Runnable r) {
        try {
            r.run();
        } catch (InvalidInput e) {
            return e.problems().get(0);
        }
        throw new AssertionError("not refused");
    }

    @Test
    void anOfferIsSavedReadBackChangedAndDeletedEachChangeAudited() {
        Offer saved = offers.create(draft("Beef at five", codes("0201", "5", 2026)), "analyst");
        assertThat(offers.existing(saved.id())).isEqualTo(saved);
        assertThat(saved.parts()).containsExactly(codes("0201", "5", 2026));
        assertThat(saved.updatedBy()).isEqualTo("analyst");
        Offer changed = offers.update(saved.id(), draft("Beef at zero", codes("0201", "0", 2026)), "editor");
        assertThat(changed.name()).isEqualTo("Beef at zero");
        assertThat(offers.all()).extracting(Offer::name).containsExactly("Beef at zero");
        offers.delete(saved.id(), "editor");
        assertThat(offers.all()).isEmpty();
        assertThatThrownBy(() -> offers.existing(saved.id())).isInstanceOf(NotFound.class);
        List<AuditTrail.Entry> entries = audit.entries(null, null, 10);
        assertThat(entries).extracting(AuditTrail.Entry::action).startsWith("offer deleted", "offer changed", "offer created");
        assertThat(entries.get(1).actor()).isEqualTo("editor");
    }

    @Test
    void aNameAnotherOfferHasIsRefusedWhateverItsCase() {
        offers.create(draft("Beef at five", codes("0201", "5", 2026)), "analyst");
        InputProblem p = refusal(() -> offers.create(draft("BEEF AT FIVE", codes("0201", "5", 2026)), "analyst"));
        assertThat(p.field()).isEqualTo("name");
        assertThat(p.what().key()).isEqualTo("refusal.offers.nameTaken");
    }

    @Test
    void aCodeNotInTheScheduleIsRefusedByItsPart() {
        InputProblem p = refusal(() -> offers.create(draft("X", codes("0201", "0", 2026), codes("0202", "0", 2026)), "analyst"));
        assertThat(p.field()).isEqualTo("parts[1].codes");
        assertThat(p.what().key()).isEqualTo("refusal.offers.notInSchedule");
    }

    @Test
    void aRateAboveAListedLinesMfnIsRefused() {
        // 0201.20.00 is at 5%
        InputProblem p = refusal(() -> offers.create(draft("X", codes("02012000", "6", 2026)), "analyst"));
        assertThat(p.field()).isEqualTo("parts[0].phases[0].rate");
        assertThat(p.what().key()).isEqualTo("refusal.offers.rateAboveLine");
    }

    @Test
    void aRateAboveEveryLineOfAListedCodeIsRefusedButOneAboveSomeIsNot() {
        // 0101.29's lines are at 10, 5 and 0: 11 is above all of them; 7 is above two, which keep their rates
        InputProblem p = refusal(() -> offers.create(draft("X", codes("010129", "11", 2026)), "analyst"));
        assertThat(p.what().key()).isEqualTo("refusal.offers.rateAboveCode");
        assertThat(offers.create(draft("Y", codes("010129", "7", 2026)), "analyst").name()).isEqualTo("Y");
    }

    @Test
    void aRefusedOfferChangesNothing() {
        refusal(() -> offers.create(draft("X", codes("0202", "0", 2026)), "analyst"));
        assertThat(offers.all()).isEmpty();
    }

    @Test
    void theYamlOfASavedOfferReadsBackAsItsDraft() {
        Offer saved = offers.create(new OfferDraft("Phased", "step by step", OfferFixture.IN_FORCE,
                new Elasticities(new BigDecimal("2"), new BigDecimal("1.25")),
                List.of(new Part(new Selection(Scope.CODES, List.of(org.bilateral.shared.HsCode.of("010129")), new BigDecimal("5")),
                        List.of(new Phase(2026, new BigDecimal("3")), new Phase(2027, BigDecimal.ZERO))))), "analyst");
        assertThat(offers.read("phased.yaml", offers.yaml(saved))).isEqualTo(saved.draft());
    }

    @Test
    void aFilesCodeNotInTheScheduleIsRefusedByFileLineAndField() {
        InputProblem p = refusal(() -> offers.read("beef.yaml", """
                name: Beef
                schedule-on: 2026-01-01
                parts:
                  - scope: codes
                    codes: ["0201", "0202"]
                    rate: 0
                """));
        assertThat(p.source()).isEqualTo("beef.yaml");
        assertThat(p.location()).isEqualTo("line 5");
        assertThat(p.field()).isEqualTo("parts[0].codes");
        assertThat(p.message()).contains("0202");
    }

    @Test
    void anOfferThatDoesNotExistIsNotFound() {
        assertThatThrownBy(() -> offers.existing(new OfferId(987654))).isInstanceOf(NotFound.class);
    }
}
