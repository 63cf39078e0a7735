package org.bilateral.briefs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.junit.jupiter.api.Test;

/** A brief as a form or the API asks for it: read field by field, and what cannot be read refused by the field's name. */
class BriefFormTest {

    @Test
    void anEmptyPairIsVietnamAndTheUnitedStatesAndNoSectionsAreAllOfThem() {
        BriefRequest r = new BriefForm(" ", null, "2026-03-15", "", null, null).request();
        assertThat(r.a().value()).isEqualTo("VN");
        assertThat(r.b().value()).isEqualTo("US");
        assertThat(r.forDate()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(r.since()).isNull();
        assertThat(r.sections()).containsExactly(BriefSection.values());
        assertThat(r.language()).isEqualTo(BriefLanguage.VI);
    }

    @Test
    void theSectionsAndTheLanguageAreReadAsWritten() {
        BriefRequest r = new BriefForm("us", "vn", "2026-03-15", "2026-01-01", List.of(" asks", "", "Balance"), "en").request();
        assertThat(r.a().value()).isEqualTo("US");
        assertThat(r.sections()).containsExactly(BriefSection.BALANCE, BriefSection.ASKS);
        assertThat(r.since()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(r.language()).isEqualTo(BriefLanguage.EN);
    }

    @Test
    void eachFieldThatCannotBeReadIsRefusedByItsName() {
        assertThat(refused(new BriefForm("VN", "US", "15/3/2026", null, null, "vi"))).isEqualTo("for");
        assertThat(refused(new BriefForm("VN", "US", null, null, null, "vi"))).isEqualTo("for");
        assertThat(refused(new BriefForm("VN", "US", "2026-03-15", "soon", null, "vi"))).isEqualTo("since");
        assertThat(refused(new BriefForm("VN", "US", "2026-03-15", null, List.of("weather"), "vi"))).isEqualTo("sections");
        assertThat(refused(new BriefForm("VN", "US", "2026-03-15", null, null, "fr"))).isEqualTo("lang");
        assertThat(refused(new BriefForm("Viet Nam", "US", "2026-03-15", null, null, "vi"))).isEqualTo("a");
        assertThatThrownBy(() -> new BriefForm("VN", "US", "soon", null, null, null).request()).hasMessageContaining("'soon' is not a date");
    }

    @Test
    void theFormatsAndLanguagesAreReadByTheirCodes() {
        assertThat(BriefFormat.parse(" PDF ")).isEqualTo(BriefFormat.PDF);
        assertThat(BriefFormat.XLSX.mediaType()).contains("spreadsheetml");
        assertThat(BriefLanguage.of(java.util.Locale.ENGLISH)).isEqualTo(BriefLanguage.EN);
        assertThat(BriefLanguage.of(null)).isEqualTo(BriefLanguage.VI);
        assertThatThrownBy(() -> BriefFormat.parse("odt")).isInstanceOf(InvalidInput.class).hasMessageContaining("odt");
    }

    private static String refused(BriefForm form) {
        try {
            form.request();
        } catch (InvalidInput e) {
            return e.problems().stream().map(InputProblem::source).findFirst().orElseThrow();
        }
        throw new AssertionError("accepted: " + form);
    }
}
