package org.bilateral.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NotFoundTest {

    @Test
    void theEnglishSentenceNamesWhatWasAskedFor() {
        assertThat(new NotFound(NotFound.Thing.DEAL, "D12").getMessage()).isEqualTo("there is no deal D12");
        assertThat(new NotFound(NotFound.Thing.WATCHED_PRODUCT, "8541", "VN-CN-US").getMessage())
                .isEqualTo("there is no watched product 8541 of VN-CN-US");
    }

    @Test
    void aPageSaysItByAKeyOfItsOwn() {
        assertThat(NotFound.Thing.PRESS_RELEASE.messageKey()).isEqualTo("notFound.press_release");
    }

    @Test
    void numbersAreKeptAsWrittenAndLongKeysCut() {
        // a number is kept as text, so that no page regroups it as 999,999
        assertThat(new NotFound(NotFound.Thing.PERSON, 999999L).keys()).containsExactly("999999");
        String asked = "x".repeat(45);
        assertThat(new NotFound(NotFound.Thing.ASK, asked).keys()).containsExactly("x".repeat(40) + "…");
    }
}
