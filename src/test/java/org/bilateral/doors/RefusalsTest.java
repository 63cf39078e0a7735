package org.bilateral.doors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A refusal says what was wrong in the user's words, never in Java's. */
class RefusalsTest {

    @Test
    void javasWordsForANumberThatIsNotOneAreNotPassedOn() {
        assertThat(Refusals.notANumber(new NumberFormatException("For input string: \"12a\"")))
                .isEqualTo("\"12a\" is not a number");
    }
}
