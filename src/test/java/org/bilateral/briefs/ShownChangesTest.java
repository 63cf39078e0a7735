package org.bilateral.briefs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A brief kept before briefs kept what they held is compared by the deals that moved and the asks it showed. */
class ShownChangesTest {

    private static Brief withMoved(List<Brief.DealLine> moved) {
        Brief b = BriefSamples.full(BriefLanguage.EN, false);
        Brief.Commitments c = b.commitments();
        return new Brief(b.request(), b.preparedAt(), b.dataAsOf(), false, b.balance(), new Brief.Commitments(null, c.counted(), c.lowUsd(),
                c.highUsd(), c.stages(), moved, c.targets(), c.projection(), c.source()), b.engagements(), b.asks(), b.risks(), null,
                b.sources(), null);
    }

    @Test
    void aDealShownAtAnotherStageOrNotShownBeforeIsSaidByItsLine() {
        Brief.DealLine mou = new Brief.DealLine(7, "Vietnam Airlines", "Boeing", "aircraft", "MOU", java.time.LocalDate.of(2025, 2, 1), null, null);
        Brief.DealLine contract = new Brief.DealLine(7, "Vietnam Airlines", "Boeing", "aircraft", "CONTRACT", java.time.LocalDate.of(2025, 7, 1),
                null, null);
        Brief.DealLine other = new Brief.DealLine(8, "PV Gas", "AGP", "LNG", "MOU", java.time.LocalDate.of(2025, 7, 2), null, null);
        List<Brief.DealChange> changes = ShownChanges.deals(withMoved(List.of(contract, other)), withMoved(List.of(mou)));
        assertThat(changes).extracting(Brief.DealChange::deal, Brief.DealChange::from, Brief.DealChange::to).containsExactly(
                tuple("D7 Vietnam Airlines – Boeing: aircraft", "MOU", "CONTRACT"), tuple("D8 PV Gas – AGP: LNG", null, "MOU"));
    }

    @Test
    void withoutTheSectionInEitherNothingIsCompared() {
        Brief b = BriefSamples.full(BriefLanguage.EN, false);
        Brief none = new Brief(b.request(), b.preparedAt(), b.dataAsOf(), false, null, null, null, null, null, null, b.sources(), null);
        assertThat(ShownChanges.deals(b, none)).isEmpty();
        assertThat(ShownChanges.asks(none, b)).isEmpty();
        assertThat(ShownChanges.asks(b, b)).as("the same status").isEmpty();
    }
}
