package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class VietnameseNamesTest {

    @Test
    void namesOfThreeOrFourSyllablesAndForeignNamesAreReadWhole() {
        assertThat(VietnameseNames.people("Thứ trưởng Bộ Công Thương Nguyễn Sinh Nhật Tân tiếp Bộ trưởng Thương mại Hoa Kỳ Howard Lutnick."))
                .extracting(VietnameseNames.Mention::name, VietnameseNames.Mention::title, VietnameseNames.Mention::country)
                .containsExactly(tuple("Nguyễn Sinh Nhật Tân", "Thứ trưởng Bộ Công Thương", "VN"),
                        tuple("Howard Lutnick", "Bộ trưởng Thương mại Hoa Kỳ", "US"));
    }

    @Test
    void aTitleSetBesideTheNameAfterOngIsThePersonsWithTheCountryAfterIt() {
        assertThat(VietnameseNames.people("Bộ trưởng đã hội đàm với ông Vương Văn Minh, Bí thư Tỉnh ủy Chiết Giang, Trung Quốc tại Hà Nội."))
                .filteredOn(m -> m.name() != null)
                .extracting(VietnameseNames.Mention::name, VietnameseNames.Mention::title, VietnameseNames.Mention::country)
                .containsExactly(tuple("Vương Văn Minh", "Bí thư Tỉnh ủy Chiết Giang", "CN"));
        assertThat(VietnameseNames.people("Ngài Kim Jung Kwan, Bộ trưởng Bộ Thương mại, Công nghiệp và Năng lượng Hàn Quốc"))
                .extracting(VietnameseNames.Mention::name, VietnameseNames.Mention::country)
                .containsExactly(tuple("Kim Jung Kwan", "KR"));
    }

    @Test
    void aTitleAloneIsKeptAsAReference() {
        assertThat(VietnameseNames.people("Phó thủ tướng đánh giá cao thiện chí của phía Mỹ."))
                .extracting(VietnameseNames.Mention::name, VietnameseNames.Mention::head)
                .containsExactly(tuple(null, "phó thủ tướng"));
    }

    @Test
    void anOrganisationInTheTitleIsTheTitlesAndTheVietnameseNameAfterItThePersons() {
        assertThat(VietnameseNames.people("Tổng Giám đốc Vietjet Đinh Việt Phương và Phó Thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn"))
                .extracting(VietnameseNames.Mention::name, VietnameseNames.Mention::title)
                .containsExactly(tuple("Đinh Việt Phương", "Tổng Giám đốc Vietjet"), tuple("Bùi Thanh Sơn", "Phó Thủ tướng, Bộ trưởng Ngoại giao"));
    }

    @Test
    void aVietnameseNameIsASurnameAndSyllablesVietnameseCanWrite() {
        assertThat(VietnameseNames.looksVietnamese("Trần Tuấn Anh")).isTrue();
        assertThat(VietnameseNames.looksVietnamese("Kim Jung Kwan")).as("j and w are not Vietnamese letters").isFalse();
        assertThat(VietnameseNames.looksVietnamese("Tan See Leng")).isFalse();
        assertThat(VietnameseNames.looksVietnamese("Diên")).as("a given name alone").isFalse();
    }

    @Test
    void organisationsAreRunsAfterTheWordsOrganisationsStartWith() {
        assertThat(VietnameseNames.organisations("lễ bàn giao giữa Tập đoàn Boeing và Hãng hàng không Vietjet tại Seattle, do Bộ Ngoại giao tổ chức"))
                .extracting(VietnameseNames.Organisation::name)
                .containsExactly("Tập đoàn Boeing", "Hãng hàng không Vietjet", "Bộ Ngoại giao");
        assertThat(VietnameseNames.organisations("Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên")).extracting(VietnameseNames.Organisation::name)
                .as("the minister's name is not the ministry's").containsExactly("Bộ Công Thương");
    }
}
