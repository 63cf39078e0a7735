package org.bilateral.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidInputTest {

    @Test
    void aFieldThatCannotBeParsedIsRefusedByItsName() {
        assertThatThrownBy(() -> InvalidInput.field("hs", () -> HsCode.of("123"))).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems()).containsExactly(new InputProblem("hs", null, null, "not an HS code (2, 4, 6, 8 or 10 digits): '123'")));
        assertThat(InvalidInput.field("hs", () -> HsCode.of("1006"))).isEqualTo(HsCode.of("1006"));
    }

    @Test
    void aCountryFieldIsUpperCasedAndBlankIsNone() {
        assertThat(InvalidInput.country(" vn ", "partner")).isEqualTo(CountryCode.of("VN"));
        assertThat(InvalidInput.country(" ", "partner")).isNull();
        assertThatThrownBy(() -> InvalidInput.country("Vietnam", "partner")).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems().get(0).source()).isEqualTo("partner"));
    }

    @Test
    void thirtyProblemsAreListedAndTheRestCounted() {
        List<InputProblem> problems = new ArrayList<>();
        for (int line = 2; line <= 1_001; line++) {
            problems.add(new InputProblem("deals.csv", "line " + line, "value", "not a number"));
        }
        InvalidInput e = new InvalidInput(problems);
        // 1,000 problems: 30 listed and one line for the other 970
        assertThat(e.problems()).hasSize(31);
        assertThat(e.problems().get(30).message()).isEqualTo("and 970 more problems not listed");
        assertThat(e.getMessage().lines()).hasSize(31);
    }
}
