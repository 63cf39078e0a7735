package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.bilateral.extraction.reading.Names.PersonMention;
import org.junit.jupiter.api.Test;

class HonorificPeopleTest {

    @Test
    void anHonorificWithoutATitleAndALowerCaseApposition() {
        assertThat(RuleFixture.people("He said Ms. Lim Siew Ling, the ministry's secretary-general, also attended.", new HonorificPeople()))
                .extracting(PersonMention::name, PersonMention::title, PersonMention::shortForm)
                .containsExactly(tuple("Lim Siew Ling", "secretary-general", false));
        assertThat(RuleFixture.people("Mr. Kagan said so.", new HonorificPeople()))
                .extracting(PersonMention::name, PersonMention::shortForm).containsExactly(tuple("Kagan", true));
    }

    @Test
    void aVietnameseFamilyNameThatIsAnEnglishWordFollowsAnHonorific() {
        assertThat(RuleFixture.people("Mr. To Lam welcomed the delegation.", new HonorificPeople()))
                .extracting(PersonMention::name, PersonMention::country).containsExactly(tuple("To Lam", "VN"));
    }

    @Test
    void aGivenNameThatIsAPlacesWordAndAJoinerStayInTheName() {
        assertThat(RuleFixture.people("Mr. Pham Van Nam met H.E. Qasim bin Rashid Al Farsi in Hanoi.", new HonorificPeople()))
                .extracting(PersonMention::name).containsExactly("Pham Van Nam", "Qasim bin Rashid Al Farsi");
    }

    @Test
    void malayHonoursOpenANameAsMrDoes() {
        assertThat(RuleFixture.people("He met Datuk Seri Azman bin Hassan, Dato' Siti Aminah binti Yusof and Tun Dr. Ismail Rahim.", new HonorificPeople()))
                .extracting(PersonMention::name, PersonMention::shortForm)
                .containsExactly(tuple("Azman bin Hassan", false), tuple("Siti Aminah binti Yusof", false), tuple("Ismail Rahim", false));
        assertThat(RuleFixture.people("Tun Tun Naing and Tan Boon Hock spoke.", new HonorificPeople()))
                .as("Tun alone and Tan without Sri open no honour").isEmpty();
    }
}
