package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WrappingTest {

    @Test
    void linesWrappedAtAFixedWidthAreJoinedIntoTheirParagraph() {
        String text = """
                Secretary of Commerce Robert Hale met today with Indonesian Minister of
                Trade Budi Santoso in Jakarta to discuss the reciprocal trade agreement and
                the purchases of American wheat and soybeans by flour mills.
                The two ministers agreed to meet again.""";
        assertThat(Wrapping.unwrap(text.split("\\n"))).containsExactly(
                "Secretary of Commerce Robert Hale met today with Indonesian Minister of Trade Budi Santoso in Jakarta to discuss"
                        + " the reciprocal trade agreement and the purchases of American wheat and soybeans by flour mills.",
                "The two ministers agreed to meet again.");
    }

    @Test
    void aWordHyphenatedAtTheMarginIsOneWordAgain() {
        String text = """
                The delegations concluded the fourth round of negoti-
                ations on the reciprocal trade agreement in Washington on
                Friday after three days of talks between the two sides.
                Both sides will meet in June.""";
        assertThat(Wrapping.unwrap(text.split("\\n")).get(0)).contains("round of negotiations on");
    }

    @Test
    void textThatIsNotWrappedKeepsALinePerParagraph() {
        List<String> lines = List.of(
                "Readout of Secretary Hale's Meeting with Minister Santoso",
                "",
                "JAKARTA – Secretary of Commerce Robert Hale met today with Indonesian Minister of Trade Budi Santoso in Jakarta to discuss the agreement.",
                "They agreed to meet again.");
        assertThat(Wrapping.unwrap(lines.toArray(String[]::new))).containsExactlyElementsOf(lines);
    }

    @Test
    void aShortReleaseOfTwoWrappedLinesUnderItsHeadlineIsOneParagraph() {
        String text = """
                Minister Nguyễn Hồng Diên receives US Senator

                Hanoi, March 4, 2025 – Minister of Industry and Trade Nguyễn Hồng Diên received US Senator Steve Daines in Hanoi
                on March 4. Minister Diên said Vietnam Airlines signed an agreement to buy 50 Boeing 737 MAX aircraft worth
                US$10 billion. He asked the US to recognise Vietnam's market economy status soon.""";
        assertThat(Wrapping.unwrap(text.split("\\n"))).containsExactly("Minister Nguyễn Hồng Diên receives US Senator", "",
                "Hanoi, March 4, 2025 – Minister of Industry and Trade Nguyễn Hồng Diên received US Senator Steve Daines in Hanoi"
                        + " on March 4. Minister Diên said Vietnam Airlines signed an agreement to buy 50 Boeing 737 MAX aircraft worth"
                        + " US$10 billion. He asked the US to recognise Vietnam's market economy status soon.");
    }

    @Test
    void aLineGoingOnInLowerCaseContinuesTheSentenceOfTheLineBefore() {
        List<String> lines = List.of("Readout of the Secretary's call", "",
                "The Secretary spoke with the Minister of Trade of Malaysia", "by telephone on Tuesday.", "They agreed to meet.");
        assertThat(Wrapping.unwrap(lines.toArray(String[]::new))).containsExactly("Readout of the Secretary's call", "",
                "The Secretary spoke with the Minister of Trade of Malaysia by telephone on Tuesday.", "They agreed to meet.");
    }

    @Test
    void aHeadlineLongerThanTheWrappedBodysWidthStandsAlone() {
        String text = """
                Vietnam and Australia agree to lift two-way trade to twenty billion dollars by the end of 2027
                Minister of Industry and Trade Tran Van Lam met his Australian
                counterpart Helen Marsh in Canberra on Monday to review the
                trade partnership.
                They agreed to meet again in Hanoi later in the year.""";
        assertThat(Wrapping.unwrap(text.split("\\n"))).containsExactly(
                "Vietnam and Australia agree to lift two-way trade to twenty billion dollars by the end of 2027",
                "Minister of Industry and Trade Tran Van Lam met his Australian counterpart Helen Marsh in Canberra on Monday to"
                        + " review the trade partnership.",
                "They agreed to meet again in Hanoi later in the year.");
    }

    @Test
    void aLongHeadlineAboveAnUnwrappedStoryIsNotJoinedToItsDateline() {
        List<String> lines = List.of(
                "Korean and Peruvian trade ministers hold first talks on supply chains and critical minerals",
                "(Agency) 09:06, February 22, 2026",
                "LIMA, Feb. 21 (Agency) -- Korean Trade Minister Park Ji-hoon held talks with Peruvian Minister Ana Torres on Friday on minerals.");
        assertThat(Wrapping.unwrap(lines.toArray(String[]::new))).containsExactlyElementsOf(lines);
    }
}
