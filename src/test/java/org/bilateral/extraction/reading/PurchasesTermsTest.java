package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The goods, their number and their value, which the rules read for the purchases the model finds. */
class PurchasesTermsTest {

    @Test
    void aMeasureAndAnOriginAreNotTheGoods() {
        Purchases.Terms t = Purchases.terms("Indonesian wheat millers signed a deal to buy 500,000 tonnes of U.S. corn.");
        assertThat(t.item()).isEqualTo("corn");
        assertThat(t.quantity()).isEqualTo(500_000L); // "500,000" with its thousands separator
        assertThat(t.unit()).isEqualTo("tonnes");
        assertThat(t.valueUsd()).isNull();
    }

    @Test
    void aHyphenatedValueAndAModelNumberBeforeTheJets() {
        Purchases.Terms t = Purchases.terms("Vietnam Airlines signed a $8.1-billion agreement with Boeing to buy 50 narrow-body 737-8 jets.");
        assertThat(t.valueUsd()).isEqualTo(8.1e9); // 8.1 x 1,000,000,000
        assertThat(t.quantity()).isEqualTo(50L); // not 737 nor 8: the count is the number before the goods
        assertThat(t.unit()).isEqualTo("aircraft");
    }

    @Test
    void optionsAndUpperBoundsAreNotTheFirmCountAndAnotherDollarIsNotTheValue() {
        Purchases.Terms t = Purchases.terms("Orchid Air has an option to buy 10 more jets and firmly ordered 25 A350-1000s worth "
                + "S$12 billion (US$9 billion).");
        assertThat(t.quantity()).isEqualTo(25L); // the 10 follow "an option to buy"
        assertThat(t.unit()).isEqualTo("aircraft");
        assertThat(t.valueUsd()).isEqualTo(9e9); // S$12 billion is Singapore dollars; US$9 billion is the value
        assertThat(Purchases.terms("Carriers ordered as many as 230 jets in 2023.").quantity()).isNull();
    }

    @Test
    void aRuleReadsTheGoodsWithoutTheirMeasure() {
        assertThat(Purchases.in("Mekong Feed will buy 500,000 tonnes of U.S. corn from Cargill."))
                .singleElement().satisfies(p -> {
                    assertThat(p.item()).isEqualTo("corn");
                    assertThat(p.quantity()).isEqualTo(500_000L);
                    assertThat(p.unit()).isEqualTo("tonnes");
                    assertThat(p.seller()).isEqualTo("Cargill");
                });
    }
}
