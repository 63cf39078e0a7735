package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class VietnameseTitlesTest {

    @Test
    void aTitleRunsThroughItsMinistryAndCountryToTheName() {
        assertThat(VietnameseTitles.in("Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên phát biểu."))
                .extracting(VietnameseTitles.Title::text, VietnameseTitles.Title::country, VietnameseTitles.Title::vietnameseOffice)
                .containsExactly(tuple("Bộ trưởng Bộ Công Thương", null, true));
        assertThat(VietnameseTitles.in("Ngài Kim, Bộ trưởng Bộ Thương mại, Công nghiệp và Năng lượng Hàn Quốc vào ngày 11/8"))
                .extracting(VietnameseTitles.Title::text, VietnameseTitles.Title::country)
                .containsExactly(tuple("Bộ trưởng Bộ Thương mại, Công nghiệp và Năng lượng Hàn Quốc", "KR"));
    }

    @Test
    void theCountryServedIsTheOfficesAndTheCountryAfterTaiIsWhere() {
        assertThat(VietnameseTitles.in("Đại sứ Hoa Kỳ tại Việt Nam Marc Knapper"))
                .extracting(VietnameseTitles.Title::text, VietnameseTitles.Title::country)
                .containsExactly(tuple("Đại sứ Hoa Kỳ tại Việt Nam", "US"));
        assertThat(VietnameseTitles.in("Đại diện Thương mại Hoa Kỳ (USTR) Jamieson Greer"))
                .extracting(VietnameseTitles.Title::text, VietnameseTitles.Title::country)
                .containsExactly(tuple("Đại diện Thương mại Hoa Kỳ (USTR)", "US"));
    }

    @Test
    void bodiesPartyCommitteesAndPortfoliosBelongToTheTitle() {
        assertThat(VietnameseTitles.in("Thủ tướng Chính phủ Phạm Minh Chính")).extracting(VietnameseTitles.Title::text)
                .containsExactly("Thủ tướng Chính phủ");
        assertThat(VietnameseTitles.in("Chủ tịch nước Lương Cường")).extracting(VietnameseTitles.Title::text).containsExactly("Chủ tịch nước");
        assertThat(VietnameseTitles.in("Bí thư Tỉnh ủy Quảng Ninh Vũ Đại Thắng")).extracting(VietnameseTitles.Title::text)
                .as("the place ends where a Vietnamese name begins").containsExactly("Bí thư Tỉnh ủy Quảng Ninh");
        assertThat(VietnameseTitles.in("Thứ trưởng Bộ Ngoại giao Hoa Kỳ phụ trách kinh tế, môi trường và năng lượng."))
                .extracting(VietnameseTitles.Title::text).containsExactly("Thứ trưởng Bộ Ngoại giao Hoa Kỳ phụ trách kinh tế, môi trường và năng lượng");
    }

    @Test
    void vietnamAfterAVietnameseMinistryIsSaidTwiceAndDropped() {
        assertThat(VietnameseTitles.in("Bộ trưởng Bộ Công Thương Việt nam Nguyễn Hồng Diên")).extracting(VietnameseTitles.Title::text)
                .containsExactly("Bộ trưởng Bộ Công Thương");
    }

    @Test
    void aRoleInRunningTextIsNoTitle() {
        assertThat(VietnameseTitles.in("Đoàn đàm phán do ông Tân làm trưởng đoàn, theo đặc phái viên TTXVN.")).isEmpty();
    }

    @Test
    void aPortfolioWithoutBoNeedsTwoWordsSoANameIsNotEaten() {
        String s = "Bộ trưởng Công Thương Nguyễn Hồng Diên";
        assertThat(VietnameseTitles.ministry(s, 10)).isEqualTo("Bộ trưởng Công Thương".length());
        assertThat(VietnameseTitles.ministry("Bộ trưởng Lâm Vũ", 10)).isEqualTo(10);
    }
}
