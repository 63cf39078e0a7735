package org.bilateral.engagements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.bilateral.engagements.Offices.Office;
import org.bilateral.shared.InvalidInput;
import org.junit.jupiter.api.Test;

/** The bilingual lexicon of offices and institutions: both forms of each entry, titles composed, the unknown as written. */
class OfficesTest {

    private static final Offices LEXICON = RegisterDatabase.OFFICES;
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String HEADER = "type,country,kind,vi,en,acronym,variants_vi,variants_en\n";

    @Test
    void everyInstitutionIsFoundByEachOfItsNamesAndShownByTheOneOfThePagesLanguage() {
        assertThat(LEXICON.institutions()).hasSizeGreaterThan(20);
        for (Offices.Institution i : LEXICON.institutions()) {
            for (String form : i.forms()) {
                assertThat(LEXICON.institution(form, i.country())).as(form).contains(i);
            }
            assertThat(LEXICON.organisation(i.en(), i.country(), VI)).isEqualTo(i.vi());
            assertThat(LEXICON.organisation(i.vi(), i.country(), Locale.ENGLISH)).isEqualTo(i.en());
        }
        Offices.Institution moit = LEXICON.institution("Bộ Công Thương", null).orElseThrow();
        assertThat(moit.en()).isEqualTo("Ministry of Industry and Trade");
        assertThat(moit.acronym()).isEqualTo("MOIT");
        assertThat(moit.kind()).isEqualTo(OrganisationKind.MINISTRY);
        assertThat(LEXICON.institution("MOIT", null)).contains(moit);
        assertThat(LEXICON.institution("U.S. Department of Commerce", null).orElseThrow().vi()).isEqualTo("Bộ Thương mại Hoa Kỳ");
        assertThat(LEXICON.institution("Bộ Thương mại Mỹ", null).orElseThrow().en()).isEqualTo("U.S. Department of Commerce");
        assertThat(LEXICON.institution("USTR", null).orElseThrow().vi()).isEqualTo("Văn phòng Đại diện Thương mại Hoa Kỳ");
        assertThat(LEXICON.institution("Bo Cong Thuong", null)).as("written without diacritics, it meets them folded").contains(moit);
    }

    @Test
    void everyOfficeIsShownInTheLanguageOfThePageWhicheverLanguageItWasWrittenIn() {
        for (Office o : LEXICON.offices()) {
            // an office any country has, held here by an American ("President" alone is also Vietnam's Chủ tịch nước)
            String holder = o.country() == null ? "US" : o.country();
            assertThat(LEXICON.title(o.en(), holder, VI)).as(o.en()).isEqualTo(o.vi());
            assertThat(LEXICON.title(o.vi(), holder, Locale.ENGLISH)).as(o.vi()).isEqualTo(o.en());
        }
        assertThat(LEXICON.title("Phó Thủ tướng", null, Locale.ENGLISH)).isEqualTo("Deputy Prime Minister");
        assertThat(LEXICON.title("Đại sứ Hoa Kỳ tại Việt Nam", null, Locale.ENGLISH)).isEqualTo("U.S. Ambassador to Vietnam");
        assertThat(LEXICON.title("U.S. Ambassador to Vietnam", "US", VI)).isEqualTo("Đại sứ Hoa Kỳ tại Việt Nam");
        assertThat(LEXICON.title("Đại sứ Việt Nam tại Hoa Kỳ", null, Locale.ENGLISH)).isEqualTo("Vietnamese Ambassador to the United States");
        assertThat(LEXICON.title("USTR", "US", VI)).isEqualTo("Đại diện Thương mại Hoa Kỳ");
        assertThat(LEXICON.title("Tổng Bí thư", "VN", Locale.ENGLISH)).isEqualTo("General Secretary");
        assertThat(LEXICON.title("Thượng nghị sĩ", "US", Locale.ENGLISH)).isEqualTo("Senator");
        assertThat(LEXICON.title("Representative", "US", VI)).isEqualTo("Hạ nghị sĩ");
    }

    @Test
    void aMinistersTitleIsTheRankComposedWithTheMinistryInEitherLanguage() {
        Office minister = LEXICON.office("Bộ trưởng Bộ Công Thương", "VN").orElseThrow();
        assertThat(minister).isEqualTo(new Office("Bộ trưởng Bộ Công Thương", "Minister of Industry and Trade", "VN"));
        assertThat(LEXICON.office("Minister of Industry and Trade", "VN")).contains(minister);
        assertThat(LEXICON.office("Industry and Trade Minister", null)).contains(minister);
        assertThat(LEXICON.office("Bộ trưởng Công Thương", null)).contains(minister);
        assertThat(LEXICON.office("Thứ trưởng Bộ Công Thương", "VN").orElseThrow().en()).isEqualTo("Deputy Minister of Industry and Trade");
        assertThat(LEXICON.office("Deputy Minister of Industry and Trade", "VN").orElseThrow().vi()).isEqualTo("Thứ trưởng Bộ Công Thương");
        assertThat(LEXICON.office("Bộ trưởng Bộ Nông nghiệp và Môi trường", "VN").orElseThrow().en())
                .isEqualTo("Minister of Agriculture and Environment");
        assertThat(LEXICON.office("Minister of Foreign Affairs", "VN").orElseThrow().vi()).isEqualTo("Bộ trưởng Bộ Ngoại giao");

        // a secretary of the United States: "Bộ trưởng" with the department's name after "Bộ", "Secretary of" after "of"
        Office commerce = LEXICON.office("Bộ trưởng Thương mại Hoa Kỳ", "US").orElseThrow();
        assertThat(commerce).isEqualTo(new Office("Bộ trưởng Thương mại Hoa Kỳ", "U.S. Secretary of Commerce", "US"));
        assertThat(LEXICON.office("Commerce Secretary", "US")).contains(commerce);
        assertThat(LEXICON.office("Bộ trưởng Thương mại Mỹ", "US")).contains(commerce);
        assertThat(LEXICON.office("Bộ trưởng Bộ Thương mại Hoa Kỳ", null)).contains(commerce);
        assertThat(LEXICON.office("Treasury Secretary", "US").orElseThrow().vi()).isEqualTo("Bộ trưởng Tài chính Hoa Kỳ");
        assertThat(LEXICON.office("Secretary of State", "US").orElseThrow().vi()).isEqualTo("Bộ trưởng Ngoại giao Hoa Kỳ");
        assertThat(LEXICON.office("Bộ trưởng Tài chính", "VN").orElseThrow().en()).as("Vietnam's, not the Treasury's")
                .isEqualTo("Minister of Finance");
    }

    @Test
    void aTitleTheLexiconDoesNotKnowWholeIsLeftAsWrittenInBothLanguages() {
        // a ministry the lexicon does not list, a rank it does not compose, a title with more than an office in it
        for (String unknown : new String[] {"Bộ trưởng Bộ Giáo dục và Đào tạo", "Vụ trưởng Vụ Thị trường châu Mỹ",
                "Bộ trưởng Bộ Công Thương và Bộ trưởng Bộ Tài chính", "Chief Executive Officer", "Thứ trưởng"}) {
            assertThat(LEXICON.office(unknown, "VN")).as(unknown).isEmpty();
            assertThat(LEXICON.title(unknown, "VN", VI)).isEqualTo(unknown);
            assertThat(LEXICON.title(unknown, "VN", Locale.ENGLISH)).isEqualTo(unknown);
        }
        // a form the lexicon has inside a longer title is not that office: the deputy is no prime minister
        assertThat(LEXICON.title("Phó Thủ tướng Thường trực", "VN", Locale.ENGLISH)).isEqualTo("Permanent Deputy Prime Minister");
        assertThat(LEXICON.title("Thứ trưởng Thường trực Bộ Công Thương", "VN", Locale.ENGLISH))
                .isEqualTo("Permanent Deputy Minister of Industry and Trade");
        assertThat(LEXICON.institution("Bộ Thương mại", null)).as("Vietnam's ministry before 2007, or America's: neither for sure").isEmpty();
        assertThat(LEXICON.institution("Vinamilk", "VN")).isEmpty();
    }

    @Test
    void aFormTwoOfficesShareIsResolvedByThePersonsCountryOrNotAtAll() {
        // "President" is Vietnam's Chủ tịch nước for a Vietnamese, a Tổng thống for anyone else, and nothing for sure unknown
        assertThat(LEXICON.title("President", "VN", VI)).isEqualTo("Chủ tịch nước");
        assertThat(LEXICON.title("President", "US", VI)).isEqualTo("Tổng thống");
        assertThat(LEXICON.title("President", null, VI)).isEqualTo("President");
        // an office of one country is never another country's: a Japanese minister is not Vietnam's
        assertThat(LEXICON.title("Minister of Industry and Trade", "JP", VI)).isEqualTo("Minister of Industry and Trade");
        assertThat(LEXICON.institution("Ministry of Foreign Affairs", "JP")).isEmpty();
        assertThat(LEXICON.institution("Bộ Ngoại giao", "US")).isEmpty();
        assertThat(LEXICON.institution("Bộ Ngoại giao Hoa Kỳ", "US").orElseThrow().en()).isEqualTo("U.S. Department of State");
    }

    @Test
    void aRowTheLexiconCannotReadIsRefusedWithItsLineAndField() {
        assertThatThrownBy(() -> new Offices("x.csv", "type,country,vi,en\n")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("x.csv, line 1, field header");
        assertThatThrownBy(() -> new Offices("x.csv", HEADER + "# a comment\nministry,VN,ministry,Bộ Y tế,Ministry of Health,,,\n"))
                .hasMessageContaining("x.csv, line 3, field type").hasMessageContaining("not institution, office or rank");
        assertThatThrownBy(() -> new Offices("x.csv", HEADER + "institution,Vietnam,ministry,Bộ Y tế,Ministry of Health,,,\n"))
                .hasMessageContaining("line 2, field country");
        assertThatThrownBy(() -> new Offices("x.csv", HEADER + "institution,VN,bank,Bộ Y tế,Ministry of Health,,,\n"))
                .hasMessageContaining("line 2, field kind");
        assertThatThrownBy(() -> new Offices("x.csv", HEADER + "office,,,Thủ tướng,,,,\n")).hasMessageContaining("line 2, field en");
        assertThatThrownBy(() -> new Offices("x.csv", HEADER + "office,,,Thủ tướng,Prime Minister,,|Thủ tướng Chính phủ,\n"))
                .hasMessageContaining("field variants_vi");
        assertThatThrownBy(() -> new Offices("x.csv", HEADER + "rank,VN,ministry,Bộ trưởng,Minister,,,\n" + "institution,VN,ministry,Bộ Y tế,Ministry of Health,,,\n"))
                .hasMessageContaining("line 2, field vi").hasMessageContaining("{name} or {of}");
        assertThatThrownBy(() -> new Offices("x.csv", HEADER + "rank,US,ministry,Bộ trưởng {of},Secretary of {of},,,\n"))
                .hasMessageContaining("line 2, field kind").hasMessageContaining("no institution of US");
        // one form naming two offices of one country could only ever be one of them
        assertThatThrownBy(() -> new Offices("x.csv", HEADER + "office,,,Thủ tướng,Prime Minister,,,\noffice,,,Tể tướng,Premier,,,Prime Minister\n"))
                .hasMessageContaining("line 3, field forms").hasMessageContaining("already names another entry of the same country, on line 2");
    }

    @Test
    void aFormInTheLexiconIsComparedWithoutCaseOrPunctuationButWithItsDiacritics() {
        assertThat(Offices.exactKey("Bộ Công  Thương.")).isEqualTo("bộcôngthương");
        assertThat(Offices.exactKey("U.S. Secretary of Commerce")).isEqualTo(Offices.exactKey("US secretary of commerce"));
        assertThat(Offices.exactKey("Bộ trường")).isNotEqualTo(Offices.exactKey("Bộ trưởng"));
    }
}
