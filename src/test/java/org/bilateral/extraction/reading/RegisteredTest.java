package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.bilateral.engagements.OrganisationKind;
import org.bilateral.extraction.KnownNames;
import org.bilateral.extraction.reading.Names.OrganisationMention;
import org.bilateral.extraction.reading.Names.PersonMention;
import org.junit.jupiter.api.Test;

class RegisteredTest {

    private final Registered registered = new Registered(new Register(new KnownNames(
            List.of(new KnownNames.Person("Lê Mạnh Hùng", List.of(), "Chairman", "VN")),
            List.of(new KnownNames.Organisation("Acme Skyways", List.of("Acme"), "VN", "company")))));

    @Test
    void aRegisteredNameIsReadAsTheRecordItIsWithoutATitleInTheText() {
        Claims claims = RuleFixture.read("Le Manh Hung said Acme would order more.", registered);
        assertThat(claims.people()).extracting(PersonMention::name, PersonMention::title, PersonMention::country)
                .containsExactly(tuple("Lê Mạnh Hùng", "Chairman", "VN"));
        assertThat(claims.organisations()).extracting(OrganisationMention::name, OrganisationMention::kind)
                .containsExactly(tuple("Acme Skyways", OrganisationKind.COMPANY));
    }

    @Test
    void aPersonsLastNameAloneIsNotTakenHere() {
        assertThat(RuleFixture.people("Hung said so.", registered)).isEmpty();
    }
}
