package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.bilateral.extraction.Extraction;
import org.bilateral.extraction.KnownNames;
import org.bilateral.extraction.PressRelease;
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

    @Test
    void aWireDatelineSaysThePlaceFiledFromAndThePublicationDay() {
        CleanText yonhap = CleanText.of("Seoul, June 15 (Yonhap)-- Trade Minister Park Ji-hoon met U.S. Trade Representative Ana Ruiz on Friday in Seoul.");
        assertThat(Datelines.of(yonhap)).isEqualTo("Seoul");
        assertThat(Dates.published(yonhap)).as("the wire gives no year, and a publication date is a full date or none").isNull();
        CleanText reuters = CleanText.of("WASHINGTON, Oct 3 (Reuters) - Finance Minister Tran Van Lam met Treasury officials on Thursday to discuss tariffs.");
        assertThat(Datelines.of(reuters)).isEqualTo("Washington");
        CleanText afp = CleanText.of("HANOI (AFP) - Vietnam's trade minister met a delegation of American farm exporters on Monday in the capital.");
        assertThat(Datelines.of(afp)).isEqualTo("Hanoi");
        assertThat(Datelines.end(afp.text)).isEqualTo("HANOI (AFP) - ".length());
    }

    @Test
    void aWireDatelineTakesItsYearFromThePagesStamps() {
        // The stamp says 2 January 2027; a dateline of 31 December is of the year before, 2026.
        CleanText page = CleanText.of("""
                Ministers end talks on farm trade without an agreement
                09:12 | 02/01/2027 10:15 | 02/01/2027
                BANGKOK, Dec. 31 (Agency) -- Thai Commerce Minister Suda Chan and Vietnamese Minister Tran Van Lam ended talks on rice and maize trade.""");
        assertThat(Dates.published(page)).hasToString("2026-12-31");
    }

    @Test
    void theWiresDateIsNotTheEvents() {
        Extraction x = new PressReleaseReader(KnownNames.none()).read(new PressRelease("w.txt",
                "Seoul, June 15 (Yonhap)-- Trade Minister Park Ji-hoon met U.S. Trade Representative Ana Ruiz in Seoul, the ministry said."));
        assertThat(x.events()).singleElement().satisfies(e -> assertThat(e.date()).isNull());
    }
}
