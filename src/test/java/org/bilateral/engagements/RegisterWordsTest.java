package org.bilateral.engagements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The register's kinds, subjects and statuses as stored and as a report or the API writes them. */
class RegisterWordsTest {

    @Test
    void anEngagementKindIsReadHoweverItIsWritten() {
        assertThat(EngagementKind.parse(" business forum")).isEqualTo(EngagementKind.BUSINESS_FORUM);
        assertThat(EngagementKind.parse("negotiation-round")).isEqualTo(EngagementKind.NEGOTIATION_ROUND);
        assertThat(EngagementKind.NEGOTIATION_ROUND.code()).isEqualTo("negotiation_round");
        assertThatThrownBy(() -> EngagementKind.parse("dinner")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOrganisationKindIsItsCode() {
        assertThat(OrganisationKind.parse("ministry ")).isEqualTo(OrganisationKind.MINISTRY);
        assertThat(OrganisationKind.LEGISLATURE.code()).isEqualTo("legislature");
    }

    @Test
    void aMergeSubjectAndStatusAreStoredByTheirCodes() {
        assertThat(MergeSubject.of("organisation")).isEqualTo(MergeSubject.ORGANISATION);
        assertThat(MergeStatus.of("rejected")).isEqualTo(MergeStatus.REJECTED);
        assertThat(MergeStatus.PROPOSED.open()).isTrue();
        assertThat(MergeStatus.CONFIRMED.open()).isFalse();
        assertThatThrownBy(() -> MergeSubject.of("Person")).hasMessage("not a merge subject: Person");
        assertThatThrownBy(() -> MergeStatus.of("maybe")).hasMessage("not a merge status: maybe");
    }

    @Test
    void aListPostgresqlAggregatedIsReadBackInItsOrder() {
        assertThat(JsonLists.strings("[\"Lê Mạnh Hùng\",\"Le Manh Hung\"]")).containsExactly("Lê Mạnh Hùng", "Le Manh Hung");
        assertThat(JsonLists.strings("[]")).isEmpty();
        assertThat(JsonLists.strings(null)).isEmpty();
    }
}
