package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.bilateral.extraction.reading.Names.OrganisationMention;
import org.bilateral.extraction.reading.Names.PersonMention;
import org.junit.jupiter.api.Test;

/** Titles before names in every position the genre writes them, one sentence at a time. */
class TitledPeopleTest {

    private static List<PersonMention> people(String sentence) {
        return RuleFixture.people(sentence, new TitledPeople());
    }

    @Test
    void aMiddleInitialAndASuffixArePartOfTheName() {
        assertThat(people("Secretary of State Antony J. Blinken met today with Joseph R. Biden, Jr., the former President."))
                .extracting(PersonMention::name).first().isEqualTo("Antony J. Blinken");
        assertThat(people("Deputy Secretary of State John M. Carver, Jr. met today with the minister."))
                .extracting(PersonMention::name, PersonMention::title).containsExactly(tuple("John M. Carver Jr.", "Deputy Secretary of State"));
    }

    @Test
    void aPossessiveCountryAndATitleSetOffByACommaBeforeTheName() {
        assertThat(people("Ambassador Tai met India's Minister of Commerce and Industry, Piyush Goyal."))
                .extracting(PersonMention::name, PersonMention::title, PersonMention::country)
                .contains(tuple("Piyush Goyal", "Minister of Commerce and Industry", "IN"));
    }

    @Test
    void aCountrysNameIsPartOfTheTitleButADemonymOnlySaysWhose() {
        assertThat(people("United States Trade Representative Katherine Tai met Indonesian Minister of Trade Budi Santoso."))
                .extracting(PersonMention::title, PersonMention::country)
                .containsExactly(tuple("United States Trade Representative", "US"), tuple("Minister of Trade", "ID"));
        assertThat(people("EU Ambassador to Vietnam Julien Guerrier met the Vietnamese leader."))
                .extracting(PersonMention::title, PersonMention::country).containsExactly(tuple("EU Ambassador to Vietnam", "EU"));
    }

    @Test
    void aCountryInsideTheTitleAndAPortfolioListedWithCommas() {
        assertThat(people("Assistant US Trade Representative for Southeast Asia Karen M. Olsen spoke."))
                .extracting(PersonMention::name, PersonMention::title, PersonMention::country)
                .containsExactly(tuple("Karen M. Olsen", "Assistant US Trade Representative for Southeast Asia", "US"));
        assertThat(people("Malaysia's Minister of Investment, Trade and Industry Tengku Zafrul Aziz received him."))
                .extracting(PersonMention::name, PersonMention::title).containsExactly(tuple("Tengku Zafrul Aziz", "Minister of Investment, Trade and Industry"));
    }

    @Test
    void anHonorificEndsALongTitleAndAVietnameseFamilyNameMayBeAnEnglishWord() {
        assertThat(people("Deputy Director General of the General Department of Customs (GDC) Mr. Mai Xuân Thành chaired it."))
                .extracting(PersonMention::name, PersonMention::title)
                .containsExactly(tuple("Mai Xuân Thành", "Deputy Director General of the General Department of Customs"));
        assertThat(people("He met General Secretary of the Communist Party of Vietnam To Lam in Hanoi."))
                .extracting(PersonMention::name, PersonMention::title, PersonMention::country)
                .containsExactly(tuple("To Lam", "General Secretary of the Communist Party of Vietnam", "VN"));
    }

    @Test
    void anOrganisationBeforeTheTitleIsThePersonsAffiliationAndItsWordsAreClaimed() {
        Claims claims = RuleFixture.read("Saigon Skyways CEO Tran Minh Duc signed the deal.", new TitledPeople());
        assertThat(claims.people()).extracting(PersonMention::name, PersonMention::title, PersonMention::affiliation)
                .containsExactly(tuple("Tran Minh Duc", "Saigon Skyways CEO", "Saigon Skyways"));
        assertThat(claims.organisations()).extracting(OrganisationMention::name, OrganisationMention::affiliation)
                .containsExactly(tuple("Saigon Skyways", true));
        assertThat(claims.free(0, 6)).as("the affiliation, the title and the name").isFalse();
    }

    @Test
    void aVietnameseNameEndingInAGivenNameThatIsAlsoAPlacesWordKeepsIt() {
        assertThat(people("Minister of Industry and Trade Nguyen Van Nam met Deputy Minister Phạm Việt Hùng in Viet Nam."))
                .extracting(PersonMention::name, PersonMention::country)
                .containsExactly(tuple("Nguyen Van Nam", "VN"), tuple("Phạm Việt Hùng", "VN"));
        assertThat(people("Deputy Minister Tran Thi Anh and Deputy Minister Le Quang Minh attended."))
                .extracting(PersonMention::name).containsExactly("Tran Thi Anh", "Le Quang Minh");
    }

    @Test
    void aMalayNameWithBinOrBintiIsOneName() {
        assertThat(people("Minister of Trade Siti Aminah binti Yusof met Minister of Finance Azman bin Hassan."))
                .extracting(PersonMention::name).containsExactly("Siti Aminah binti Yusof", "Azman bin Hassan");
    }

    @Test
    void malayHonoursAfterATitleBelongToNeitherTheTitleNorTheName() {
        assertThat(people("Malaysian Minister of Investment, Trade and Industry Tan Sri Datuk Mohd Rahman Abdullah met Prime Minister Dato' Sri Hassan Ali."))
                .extracting(PersonMention::name, PersonMention::title, PersonMention::country)
                .containsExactly(tuple("Mohd Rahman Abdullah", "Minister of Investment, Trade and Industry", "MY"),
                        tuple("Hassan Ali", "Prime Minister", null));
        assertThat(people("Deputy Minister Tengku Ismail Aziz spoke.")).as("a hereditary title is part of the name")
                .extracting(PersonMention::name).containsExactly("Tengku Ismail Aziz");
        assertThat(people("Minister Tan Boon Hock spoke.")).as("Tan without Sri is a family name")
                .extracting(PersonMention::name).containsExactly("Tan Boon Hock");
    }

    @Test
    void anAcronymBetweenTheTitleAndTheNameIsClaimedButInNeither() {
        Claims claims = RuleFixture.read("US Trade Representative (USTR) Daniel Brooks met Minister of Industry and Trade (MOIT) Le Van Hoa.",
                new TitledPeople());
        assertThat(claims.people()).extracting(PersonMention::name, PersonMention::title, PersonMention::country)
                .containsExactly(tuple("Daniel Brooks", "US Trade Representative", "US"), tuple("Le Van Hoa", "Minister of Industry and Trade", "VN"));
        assertThat(claims.free(0, 8)).as("the title, the acronym in brackets and the name").isFalse();
        assertThat(RuleFixture.people("The Trade Representative (USTR) said so.", new TitledPeople())).as("no name after the acronym").isEmpty();
    }

    @Test
    void aStatesOfficialIsOfTheStatesCountryAndTheStateIsNoOrganisation() {
        Claims claims = RuleFixture.read("Texas Agriculture Commissioner Robert Hale met Ontario Premier Louise Martin.", new TitledPeople());
        assertThat(claims.people()).extracting(PersonMention::name, PersonMention::title, PersonMention::country)
                .containsExactly(tuple("Robert Hale", "Texas Agriculture Commissioner", "US"), tuple("Louise Martin", "Ontario Premier", "CA"));
        assertThat(claims.organisations()).isEmpty();
    }

    @Test
    void aRegionIsAPortfolioInATitle() {
        assertThat(people("Assistant Secretary for South and Central Asia Laura Benson met Ambassador to South Korea Peter Lund."))
                .extracting(PersonMention::name, PersonMention::title)
                .containsExactly(tuple("Laura Benson", "Assistant Secretary for South and Central Asia"),
                        tuple("Peter Lund", "Ambassador to South Korea"));
    }
}
