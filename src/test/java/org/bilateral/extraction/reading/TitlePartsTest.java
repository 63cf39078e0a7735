package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bilateral.extraction.reading.Tokens.Token;
import org.junit.jupiter.api.Test;

class TitlePartsTest {

    @Test
    void aTitleRunsOnOverItsPortfolio() {
        List<Token> t = Tokens.of("Minister of Industry and Trade Nguyen Hong Dien");
        TitleParts.Head head = TitleParts.head(t, 0);
        // "Minister" alone is the title's words, a head of its own
        assertThat(head.end()).isEqualTo(1);
        assertThat(head.strong()).isTrue();
        assertThat(head.inner()).isNull();
        // "of Industry and Trade": tokens 1 to 4, so the title ends before token 5, "Nguyen"
        assertThat(TitleParts.portfolioEnd(t, head.end())).isEqualTo(5);
    }

    @Test
    void aCountryInsideATitleIsTheTitles() {
        List<Token> t = Tokens.of("Assistant US Trade Representative Sarah Bianchi");
        TitleParts.Head head = TitleParts.head(t, 0);
        assertThat(head.inner()).isEqualTo("US");
        assertThat(head.end()).isEqualTo(4);
    }
}
