package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bilateral.extraction.reading.Tokens.Token;
import org.junit.jupiter.api.Test;

class NameWordsTest {

    @Test
    void aVietnameseGivenNameThatIsAPlacesWordContinuesANameButNotThePlace() {
        List<Token> t = Tokens.of("Nguyen Van Nam flew from Viet Nam to Hà Nội with Phạm Việt Hùng.");
        assertThat(NameWords.continuesName(t, 2)).as("Nam after Van").isTrue();
        assertThat(NameWords.continuesName(t, 6)).as("the Nam of Viet Nam").isFalse();
        assertThat(NameWords.continuesName(t, 8)).as("the Hà of Hà Nội: no name before it").isFalse();
        assertThat(NameWords.continuesName(t, 12)).as("Việt between two name words").isTrue();
    }

    @Test
    void aPatronymicJoinerContinuesANameOnlyBetweenNameWords() {
        List<Token> t = Tokens.of("Azman bin Hassan spoke, and the bin was empty.");
        assertThat(NameWords.continuesName(t, 1)).isTrue();
        assertThat(NameWords.continuesName(t, 7)).isFalse();
        assertThat(NameWords.joiners(t, 0, 3)).isEqualTo(1);
    }
}
