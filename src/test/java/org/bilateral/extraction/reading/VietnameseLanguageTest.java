package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VietnameseLanguageTest {

    @Test
    void aVietnameseSentenceIsVietnamese() {
        assertThat(VietnameseLanguage.is("Chiều ngày 4/2, Bộ trưởng Bộ Công Thương đã có buổi làm việc với Đại sứ Hoa Kỳ tại Việt Nam.")).isTrue();
    }

    @Test
    void anEnglishReportNamingVietnamesePeopleWithDiacriticsStaysEnglish() {
        String text = "Minister of Industry and Trade Nguyễn Hồng Diên met US Trade Representative Jamieson Greer in Washington on"
                + " Tuesday to discuss the reciprocal trade agreement and purchases of American aircraft.";
        // 3 marked letters (ễ, ồ, ê) of 164: 1.8%, under the 8% threshold
        assertThat(VietnameseLanguage.share(text)).isEqualTo(3.0 / 164.0);
        assertThat(VietnameseLanguage.is(text)).isFalse();
    }

    @Test
    void aShareIsTheMarkedLettersOverAllLetters() {
        // "Việt Nam đàm phán, Việt Nam": 21 letters (4 + 3 + 3 + 4 + 4 + 3); marked ệ, đ, à, á, ệ = 5; 5 / 21 = 0.238
        assertThat(VietnameseLanguage.share("Việt Nam đàm phán, Việt Nam")).isEqualTo(5.0 / 21.0);
    }

    @Test
    void tooFewLettersSayNothing() {
        assertThat(VietnameseLanguage.is("Hà Nội")).isFalse();
    }
}
