package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.bilateral.extraction.KnownNames;
import org.bilateral.extraction.reading.Names.Found;
import org.bilateral.extraction.reading.Names.OrganisationMention;
import org.bilateral.extraction.reading.Names.PersonMention;
import org.junit.jupiter.api.Test;

/** The name rules together: in their order, each leaving alone the words an earlier one claimed (each rule has its own test). */
class NamesTest {

    private final Names names = new Names(new Register(KnownNames.none()));

    private Found find(String sentence) {
        return names.find(sentence, Tokens.of(sentence));
    }

    @Test
    void aWordOneRuleClaimsIsNotReadAgainByTheRulesAfterIt() {
        Found found = find("Saigon Skyways CEO Tran Minh Duc signed a purchase agreement with Aerion Aircraft.");
        assertThat(found.people()).extracting(PersonMention::name, PersonMention::affiliation)
                .containsExactly(tuple("Tran Minh Duc", "Saigon Skyways"));
        // the title rule took "Saigon Skyways" as the CEO's employer; the deal rule then only adds the other party
        assertThat(found.organisations()).extracting(OrganisationMention::name, OrganisationMention::affiliation)
                .containsExactly(tuple("Saigon Skyways", true), tuple("Aerion Aircraft", false));
    }

    @Test
    void peopleComeInTheTextsOrderWhicheverRuleFoundThem() {
        Found found = find("Mr. Kagan met Minister of Trade Budi Santoso and his Australian counterpart Don Farrell.");
        assertThat(found.people()).extracting(PersonMention::name).containsExactly("Kagan", "Budi Santoso", "Don Farrell");
        assertThat(found.claimed()).hasSize(Tokens.of("Mr. Kagan met Minister of Trade Budi Santoso and his Australian counterpart Don Farrell.").size());
    }

    @Test
    void theRulesOverThePeopleFoundRunLast() {
        assertThat(find("Secretary Blinken met Indonesian Coordinating Minister for Maritime Affairs Luhut Pandjaitan and Minister of Trade Mohammed Lutfi.").people())
                .filteredOn(p -> !p.shortForm()).extracting(PersonMention::name, PersonMention::country)
                .containsExactly(tuple("Luhut Pandjaitan", "ID"), tuple("Mohammed Lutfi", "ID"));
    }
}
