package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatelinesTest {

    @Test
    void aDatelineOpensTheFirstParagraphOrStandsAboveIt() {
        assertThat(Datelines.of(CleanText.of("WASHINGTON – Secretary Hale met today with the minister of trade of Japan."))).isEqualTo("Washington");
        assertThat(Datelines.of(CleanText.of("Headline of the day\n\nCANBERRA – 9 June 2026\n\nThe ministers met today at Parliament House in the capital."))).isEqualTo("Canberra");
        assertThat(Datelines.of(CleanText.of("NEW DELHI: Commerce and Industry Minister Piyush Goyal on Monday held a virtual meeting."))).isEqualTo("New Delhi");
        assertThat(Datelines.of(CleanText.of("JAKARTA, May 21, 2026 (Antara) - Indonesia and the United States held talks."))).isEqualTo("Jakarta");
    }

    @Test
    void anIssuerAboveTheStorySaysWhoseReleaseItIs() {
        assertThat(Datelines.issuerCountry(CleanText.of("The White House\n\nApril 7, 2026\n\nPresident Harlan spoke today with the prime minister of a partner."))).isEqualTo("US");
        assertThat(Datelines.issuerCountry(CleanText.of("Ministry of Foreign Affairs of Japan\n\nThe minister met his counterpart today in Tokyo at length."))).isEqualTo("JP");
        assertThat(Datelines.issuerCountry(CleanText.of("The ministers met today in Tokyo and talked at length about trade and investment."))).isNull();
    }

    @Test
    void aPublicationLineAnywhereDatesTheRelease() {
        assertThat(Dates.published(CleanText.of("The ministers met on Monday in the capital to discuss trade matters at length.\n\nPublished: 14 October 2025")))
                .hasToString("2025-10-14");
        assertThat(Dates.published(CleanText.of("Readout of the Secretary's Meeting with the Minister\n\nApril 01, 2021\n\nWASHINGTON – The Secretary met today.")))
                .hasToString("2021-04-01");
    }
}
