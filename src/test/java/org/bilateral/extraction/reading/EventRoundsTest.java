package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The number of the negotiation round a sentence tells of. */
class EventRoundsTest {

    @Test
    void aRoundIsNumberedByAnOrdinalWordOrFigure() {
        assertThat(EventRounds.of("The third round of negotiations opened in Jakarta.")).isEqualTo(3);
        assertThat(EventRounds.of("The 9th negotiating session of the talks ended on Friday.")).isEqualTo(9);
        assertThat(EventRounds.of("Round 4 of the talks on a reciprocal agreement closed today.")).isEqualTo(4);
    }

    @Test
    void aNumberedSessionWithoutNegotiationsIsNoRound() {
        assertThat(EventRounds.of("The second session of the seminar covered customs.")).isNull();
        assertThat(EventRounds.of("The delegates met in Hanoi.")).isNull();
    }

    @Test
    void theCuesOwnWordsMayNumberTheRound() {
        assertThat(EventRounds.numbers("held the second negotiation session")).isTrue();
        assertThat(EventRounds.numbers("held talks")).isFalse();
        assertThat(EventRounds.unnumbered("During this round of talks the sides narrowed gaps.")).isTrue();
        assertThat(EventRounds.unnumbered("The sides narrowed gaps.")).isFalse();
    }
}
