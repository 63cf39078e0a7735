package org.bilateral.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void accentsCaseSpacesAndPunctuationDoNotCount() {
        assertThat(NameKey.of("Lê Mạnh Hùng")).isEqualTo("lemanhhung");
        assertThat(NameKey.of("Vietjet Air, J.S.C.")).isEqualTo("vietjetairjsc");
    }

    @Test
    void theVietnameseDIsAD() {
        // đ has no accent to drop: it is a letter of its own, written d without the bar
        assertThat(NameKey.of("Đặng Đức")).isEqualTo("dangduc");
    }

    @Test
    void digitsCountAndNothingIsEmpty() {
        assertThat(NameKey.of("G20 Summit")).isEqualTo("g20summit");
        assertThat(NameKey.of(null)).isEmpty();
        assertThat(NameKey.of(" - ")).isEmpty();
    }
}
