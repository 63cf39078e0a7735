package org.bilateral.hill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.bilateral.shared.InvalidValue;
import org.bilateral.shared.UsState;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** A member's short label, and the bioguide id's form. */
class LegislatorTest {

    private static Legislator member(String first, @Nullable String nickname, String last, Chamber chamber, String state,
                                     @Nullable Integer district, String party) {
        return new Legislator(new BioguideId("X000001"), first + " " + last, first, last, nickname, chamber, UsState.of(state), district,
                party, null, LocalDate.of(2025, 1, 3), LocalDate.of(2027, 1, 3), LocalDate.of(2025, 1, 3), null);
    }

    @Test
    void theLabelNamesChamberNameCalledByPartyStateAndDistrict() {
        assertThat(member("Bill", null, "Hagerty", Chamber.SENATE, "TN", null, "Republican").label()).isEqualTo("Sen. Bill Hagerty (R-TN)");
        // the name the member goes by
        assertThat(member("Robert", "Bobby", "Scott", Chamber.HOUSE, "VA", 3, "Democrat").label()).isEqualTo("Rep. Bobby Scott (D-VA-3)");
        // district 0: an at-large seat
        assertThat(member("Nicholas", null, "Begich", Chamber.HOUSE, "AK", 0, "Republican").label()).isEqualTo("Rep. Nicholas Begich (R-AK-AL)");
        assertThat(member("Angus", null, "King", Chamber.SENATE, "ME", null, "Independent").label()).isEqualTo("Sen. Angus King (I-ME)");
    }

    @Test
    void aBioguideIdIsACapitalAndSixDigits() {
        assertThat(BioguideId.of(" h000601 ").value()).isEqualTo("H000601");
        assertThatThrownBy(() -> new BioguideId("H00060")).isInstanceOf(InvalidValue.class)
                .hasMessage("not a bioguide id (a capital letter and six digits, as H000601): 'H00060'");
    }
}
