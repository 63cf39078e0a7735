package org.bilateral.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UsStateTest {

    @Test
    void ofTrimsAndUpperCasesWhatItIsGiven() {
        assertThat(UsState.of(" tn ")).isEqualTo(new UsState("TN"));
        assertThat(UsState.of("dc").toString()).isEqualTo("DC");
    }

    @Test
    void onlyTheCodesUspsGivesAStateOrTerritoryAreStates() {
        assertThat(UsState.isState("PR")).isTrue();
        // Census's unidentified state is a figure's place, never a state a user can name
        assertThat(UsState.isState("XX")).isFalse();
        assertThatThrownBy(() -> UsState.of("XX")).hasMessage("not the USPS code of a US state, DC or territory: 'XX'");
        assertThatThrownBy(() -> UsState.of("Tennessee")).hasMessage("not the USPS code of a US state, DC or territory: 'TENNESSEE'");
        assertThatThrownBy(() -> UsState.of(null)).hasMessage("not the USPS code of a US state, DC or territory: nothing");
    }

    @Test
    void statesSortByTheirCodes() {
        assertThat(UsState.of("TN")).isLessThan(UsState.of("TX"));
    }
}
