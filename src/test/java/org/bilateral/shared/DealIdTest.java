package org.bilateral.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A deal's number, written and read as a person writes it. */
class DealIdTest {

    @Test
    void aDealNumberIsWrittenWithItsLetter() {
        assertThat(new DealId(12)).hasToString("D12");
        assertThat(DealId.written(0)).isEqualTo("D0");
    }

    @Test
    void aDealNumberIsReadWithOrWithoutItsLetter() {
        assertThat(DealId.parse("D12")).isEqualTo(new DealId(12));
        assertThat(DealId.parse(" d12 ")).isEqualTo(new DealId(12));
        assertThat(DealId.parse("12")).isEqualTo(new DealId(12));
    }

    @Test
    void whatIsNoDealNumberIsRefused() {
        assertThatThrownBy(() -> DealId.parse("D-1")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("D-1");
        assertThatThrownBy(() -> DealId.parse("twelve")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DealId(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
