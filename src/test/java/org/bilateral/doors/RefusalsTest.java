package org.bilateral.doors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A refusal says what was wrong in the user's words, never in Java's. */
class RefusalsTest {

    @Test
    void javasWordsForANumberThatIsNotOneAreNotPassedOn() {
        assertThat(Refusals.notANumber(new NumberFormatException("For input string: \"12a\"")))
                .isEqualTo("\"12a\" is not a number");
    }

    @Test
    void anIllegalArgumentIsRefusedAsBadInputWhileTheSwitchSaysSoAndLeftToTheServerErrorAfter() {
        IllegalArgumentException e = new IllegalArgumentException("not a code: 12x");
        if (Refusals.ILLEGAL_ARGUMENT_IS_BAD_INPUT) {
            // on: the handler answers 400 with the exception's own words
            assertThat(Refusals.refusedAsInput(e)).isSameAs(e);
        } else {
            // off: rethrown as it came, so no 400 handler takes it and the server answers 500
            assertThatThrownBy(() -> Refusals.refusedAsInput(e)).isSameAs(e);
        }
    }
}
