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

    @Test
    void ordinalsWrittenAsWordsOrFiguresNumberConsultationsAndDialoguesToo() {
        assertThat(EventRounds.of("Minister Lan held his fifth round of ministerial consultations with Secretary Hale.")).isEqualTo(5);
        assertThat(EventRounds.of("The 3rd round of the economic dialogue opened in Seoul.")).isEqualTo(3);
        assertThat(EventRounds.of("Round 2 of the trade talks begins on Monday in Lima.")).isEqualTo(2);
        assertThat(EventRounds.of("The sides wrapped up Round 2 in Lima, closing the talks on goods.")).isEqualTo(2);
        assertThat(EventRounds.of("The twenty-first round of negotiations closed in Brussels.")).isEqualTo(21);
    }

    @Test
    void aRoundOfSomethingElseIsNoRound() {
        assertThat(EventRounds.of("Tariffs went up in a second round of increases on steel.")).isNull();
        assertThat(EventRounds.of("Shares of the exporter fell in round 2.5 percent trading.")).isNull();
    }
}
