package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The gold's names and numbers placed in the text the reader's own steps cut into sentences. */
class PurchaseLabelsTest {

    static CorpusDocument document(String name, String publisher, String text, GoldDocument.Commitment... commitments) {
        return new CorpusDocument("test", name, publisher, text,
                new GoldDocument(name, List.of(), List.of(), List.of(), List.of(), List.of(commitments), List.of()));
    }

    static GoldDocument.Commitment commitment(String buyer, String seller, Long quantity, Double value) {
        return new GoldDocument.Commitment(List.of(buyer), seller == null ? java.util.Arrays.asList((String) null) : List.of(seller), quantity, value);
    }

    @Test
    void theSentenceStatingTheCommitmentIsPositiveAndItsBuyerAndSellerAreLabelled() {
        CorpusDocument d = document("a.txt", "Wire", """
                Turkish pipeline operator BOTAS met officials on Monday to discuss supply.

                BOTAŞ signed a heads of agreement with Woodside Energy to buy 40 cargoes of LNG.

                Woodside Energy said the deal strengthens its presence in Europe.
                """, commitment("BOTAS", "Woodside Energy", 40L, null));
        PurchaseLabels.Result r = PurchaseLabels.of(List.of(d));
        // 4 for the buyer, 2 for the seller, 2 for the quantity 40, 1 for "buy": the second sentence (9) beats the first
        // (4 for the buyer, 1 for "supply": 5)
        assertThat(r.sentences()).filteredOn(PurchaseLabels.Labelled::commitment).singleElement().satisfies(l -> {
            assertThat(l.text()).startsWith("BOTAŞ signed");
            int buyer = l.roles().indexOf(PurchaseLabels.BUYER);
            int seller = l.roles().indexOf(PurchaseLabels.SELLER);
            assertThat(l.candidates().get(buyer).text()).isEqualTo("BOTAŞ"); // "BOTAS" in the gold, compared without diacritics
            assertThat(l.candidates().get(seller).text()).isEqualTo("Woodside Energy");
        });
        assertThat(r.counts()).isEqualTo(new PurchaseLabels.Counts(1, 1, 1, 1, 1));
    }

    @Test
    void aCommitmentWhoseBuyerTheTextNeverNamesIsCountedAsUnplaced() {
        CorpusDocument d = document("b.txt", "Wire", "Mekong Feed bought 20 cargoes of soybeans from Cargill.",
                commitment("Saigon Mills", "Cargill", 20L, null));
        PurchaseLabels.Result r = PurchaseLabels.of(List.of(d));
        assertThat(r.counts().unplaced()).isEqualTo(1);
        assertThat(r.sentences()).noneMatch(PurchaseLabels.Labelled::commitment);
    }
}
