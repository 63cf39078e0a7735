package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.bilateral.extraction.Extraction;
import org.bilateral.extraction.KnownNames;
import org.bilateral.extraction.PressRelease;
import org.junit.jupiter.api.Test;

/** The country of people the text does not qualify, from the side the report writes from. */
class SidesTest {

    private final PressReleaseReader reader = new PressReleaseReader(KnownNames.none());

    private Extraction read(String text) {
        return reader.read(new PressRelease("t.txt", text));
    }

    @Test
    void aReadoutsOwnOfficialsAreOfItsSideAndAnOfficeItsSideDoesNotHaveIsTheOthers() {
        Extraction x = read("""
                NEW DELHI – Secretary of State Marco Reyes met today with Prime Minister Narendra Modi and President Maria Ortiz's envoy. \
                The talks between the United States and India covered trade.""");
        assertThat(x.people()).extracting(Extraction.Person::name, Extraction.Person::country)
                .contains(tuple("Marco Reyes", "US"), tuple("Narendra Modi", "IN"));
    }

    @Test
    void anOutletsDatelineSaysItsSideWhenNobodyElseDoes() {
        Extraction x = read("""
                JAKARTA (Antara) - Coordinating Minister for Economic Affairs Airlangga Hartarto on Monday received U.S. Ambassador to \
                Indonesia Kamala Shirin Lakhdhir in Jakarta.""");
        assertThat(x.people()).extracting(Extraction.Person::name, Extraction.Person::country)
                .containsExactly(tuple("Airlangga Hartarto", "ID"), tuple("Kamala Shirin Lakhdhir", "US"));
    }

    @Test
    void aMissionOfAnOrganisationIsTheOrganisationsCountry() {
        Extraction x = read("""
                HANOI – The United States Agency for International Development (USAID) held a workshop today. USAID/Vietnam Mission \
                Director Ann Marie Yastishock and Vice Minister of Finance Nguyen Duc Chi opened the workshop.""");
        assertThat(x.people()).extracting(Extraction.Person::name, Extraction.Person::title, Extraction.Person::country)
                .contains(tuple("Ann Marie Yastishock", "USAID/Vietnam Mission Director", "US"), tuple("Nguyen Duc Chi", "Vice Minister of Finance", "VN"));
    }

    @Test
    void theIssuerAboveTheReleaseSaysItsSide() {
        Extraction x = read("""
                The White House

                President Thomas Harlan spoke today with Prime Minister Shigeru Ota of Japan about trade.""");
        assertThat(x.people()).extracting(Extraction.Person::name, Extraction.Person::country)
                .containsExactlyInAnyOrder(tuple("Thomas Harlan", "US"), tuple("Shigeru Ota", "JP"));
    }

    @Test
    void aHostIsOfTheSeatOfGovernmentTheReadoutNamesWhenNoIssuerDoes() {
        Extraction x = read("President Thomas Harlan met today at the White House with Prime Minister Somchai Wongsa of Thailand to discuss trade.");
        assertThat(x.people()).extracting(Extraction.Person::name, Extraction.Person::country)
                .containsExactlyInAnyOrder(tuple("Thomas Harlan", "US"), tuple("Somchai Wongsa", "TH"));
    }

    @Test
    void aHostWithoutIssuerDatelineOrSeatKeepsNoCountryRatherThanAGuess() {
        Extraction x = read("President Thomas Harlan met today with Prime Minister Somchai Wongsa of Thailand to discuss trade.");
        assertThat(x.people()).extracting(Extraction.Person::name, Extraction.Person::country)
                .containsExactlyInAnyOrder(tuple("Thomas Harlan", null), tuple("Somchai Wongsa", "TH"));
        assertThat(Sides.seatNamed("Talks at the White House followed a call with the Kremlin.")).as("two seats: no side").isNull();
    }
}
