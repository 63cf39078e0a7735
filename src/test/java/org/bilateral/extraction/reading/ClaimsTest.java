package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.bilateral.engagements.OrganisationKind;
import org.bilateral.extraction.reading.Names.OrganisationMention;
import org.bilateral.extraction.reading.Names.PersonMention;
import org.junit.jupiter.api.Test;

class ClaimsTest {

    private final String sentence = "Minister Lan met Acme Group in Hanoi.";

    @Test
    void aClaimedSpanIsNoLongerFreeAndTheWordsAroundItAre() {
        Claims claims = new Claims(sentence, Tokens.of(sentence));
        claims.claim(3, 5); // "Acme Group"
        assertThat(claims.free(3, 5)).isFalse();
        assertThat(claims.free(4, 6)).as("a span overlapping the claim").isFalse();
        assertThat(claims.free(0, 3)).isTrue();
        assertThat(claims.free(5, 8)).isTrue();
        assertThat(claims.isClaimed(4)).isTrue();
        assertThat(claims.found().claimed()).containsExactly(false, false, false, true, true, false, false, false);
    }

    @Test
    void mentionsAreKeptAsFoundUntilPutInTheTextsOrder() {
        Claims claims = new Claims(sentence, Tokens.of(sentence));
        PersonMention lan = new PersonMention(9, 12, "Lan", "Minister", null, null, true, 12, false);
        PersonMention first = new PersonMention(0, 3, "X", null, null, null, true, 3, false);
        claims.add(lan);
        claims.add(first);
        claims.add(new OrganisationMention(17, 27, "Acme Group", null, OrganisationKind.COMPANY, null, false));
        assertThat(claims.people()).containsExactly(lan, first);
        claims.inTextOrder();
        assertThat(claims.people()).containsExactly(first, lan);
        claims.revise(1, lan.withCountry("VN"));
        assertThat(claims.found().people()).extracting(PersonMention::country).containsExactly(null, "VN");
        assertThat(claims.found().organisations()).extracting(OrganisationMention::name).containsExactly("Acme Group");
    }
}
