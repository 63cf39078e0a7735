package org.bilateral.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.bilateral.WorkbenchTest;
import org.bilateral.engagements.Directory;
import org.bilateral.engagements.OrganisationKind;
import org.bilateral.extraction.RegisterFixture;
import org.bilateral.identity.AuditTrail;
import org.bilateral.shared.DealId;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.NotFound;
import org.bilateral.shared.UsState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which state a deal buys from: its plant's where the goods name one, else its seller's; none when neither is known.
 * Six deals, each of another buyer so that none is taken for another report of another:
 * D1 Boeing 737 (no plant; Boeing in WA), D2 Boeing 787 (plant SC), D3 AGP soybean meal (no plant; AGP in NE),
 * D4 Cargill grain (no plant; Cargill's state unknown), D5 LNG of no named seller (plant TX), D6 Boeing 737 (plant WA).
 */
@WorkbenchTest
class StateDealsTest {

    @Autowired JdbcClient jdbc;
    @Autowired Directory directory;
    @Autowired PurchaseCommitments commitments;
    @Autowired AuditTrail audit;

    DealId d1;
    DealId d2;
    DealId d3;
    DealId d4;
    DealId d5;
    DealId d6;

    @BeforeEach
    void sixDeals() {
        RegisterFixture.clear(jdbc);
        Directory.OrganisationId boeing = company("Boeing", "US");
        Directory.OrganisationId agp = company("AGP", "US");
        Directory.OrganisationId cargill = company("Cargill", "US");
        directory.setUsState(boeing, UsState.of("WA"), "analyst");
        directory.setUsState(agp, UsState.of("NE"), "analyst");
        d1 = record("Vietnam Airlines", boeing, "737 MAX aircraft", "880240", 50);
        d2 = record("Bamboo Airways", boeing, "787 aircraft", "880240", 10);
        d3 = record("Khai Anh Binh Thuan", agp, "soybean meal", "230400", 1_000_000);
        d4 = record("Viet Nhat Co.", cargill, "corn", "100590", 900_000);
        d5 = record("PV Gas", null, "liquefied natural gas", "271111", 1_000_000);
        d6 = record("VietJet", boeing, "737 MAX aircraft", "880240", 200);
        commitments.setPlantState(d2, UsState.of("SC"), "analyst");
        commitments.setPlantState(d5, UsState.of("TX"), "analyst");
        commitments.setPlantState(d6, UsState.of("WA"), "analyst");
    }

    private Directory.OrganisationId company(String name, String country) {
        return directory.recordOrganisation(new Directory.RecordOrganisation(name, null, country, OrganisationKind.COMPANY));
    }

    private DealId record(String buyer, Directory.@org.jspecify.annotations.Nullable OrganisationId seller, String goods, String hs,
                          long quantity) {
        return commitments.record(new ReportedDeal(company(buyer, "VN"), seller, List.of(new ReportedDeal.Item(goods, HsCode.of(hs))), null,
                quantity, "units", ReportedValue.usd(new BigDecimal("1000000"), null), Instrument.MOU, null, LocalDate.of(2025, 6, 2), null,
                false, new ReportedDeal.Source("user", null, "test", null, null, null, null, null), null)).deal();
    }

    @Test
    void aDealBuysFromItsPlantsStateBeforeItsSellers() {
        // D2 is Boeing's (WA) but its 787s come from SC: it buys from SC, not WA
        assertThat(commitments.dealsFrom(UsState.of("SC"))).singleElement().satisfies(s -> {
            assertThat(s.deal().id()).isEqualTo(d2);
            assertThat(s.state()).isEqualTo(UsState.of("SC"));
            assertThat(s.basis()).isEqualTo(StateDeal.Basis.PLANT);
        });
        // WA: D1 by its seller (no plant named), D6 by its plant; never D2, whose plant is elsewhere
        assertThat(commitments.dealsFrom(UsState.of("WA"))).extracting(s -> s.deal().id(), StateDeal::basis)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(d1, StateDeal.Basis.SELLER),
                        org.assertj.core.groups.Tuple.tuple(d6, StateDeal.Basis.PLANT));
        assertThat(commitments.producingState(d2)).hasValueSatisfying(s -> {
            assertThat(s.state()).isEqualTo(UsState.of("SC"));
            assertThat(s.basis()).isEqualTo(StateDeal.Basis.PLANT);
        });
    }

    @Test
    void aDealNamingNoPlantBuysFromItsSellersState() {
        assertThat(commitments.dealsFrom(UsState.of("NE"))).singleElement().satisfies(s -> {
            assertThat(s.deal().id()).isEqualTo(d3);
            assertThat(s.basis()).isEqualTo(StateDeal.Basis.SELLER);
        });
        assertThat(commitments.producingState(d1)).hasValueSatisfying(s -> {
            assertThat(s.state()).isEqualTo(UsState.of("WA"));
            assertThat(s.basis()).isEqualTo(StateDeal.Basis.SELLER);
        });
        // a plant named without a seller is still where the deal buys from
        assertThat(commitments.dealsFrom(UsState.of("TX"))).extracting(s -> s.deal().id()).containsExactly(d5);
    }

    @Test
    void aDealWhoseSellerHasNoStateAndWhoseGoodsNameNoPlantBuysFromNoKnownState() {
        assertThat(commitments.producingState(d4)).isEmpty();
        // Cargill has no state: Minnesota has no deal, and D4 is in no state's list
        assertThat(commitments.dealsFrom(UsState.of("MN"))).isEmpty();
        for (String s : List.of("WA", "SC", "NE", "TX")) {
            assertThat(commitments.dealsFrom(UsState.of(s))).extracting(x -> x.deal().id()).doesNotContain(d4);
        }
    }

    @Test
    void clearingThePlantStateLeavesTheDealToItsSellersState() {
        commitments.setPlantState(d2, null, "analyst");
        assertThat(commitments.deal(d2).plantState()).isNull();
        assertThat(commitments.producingState(d2)).hasValueSatisfying(s -> {
            assertThat(s.state()).isEqualTo(UsState.of("WA"));
            assertThat(s.basis()).isEqualTo(StateDeal.Basis.SELLER);
        });
        assertThat(commitments.dealsFrom(UsState.of("SC"))).isEmpty();
    }

    @Test
    void aPlantStateChangedIsAuditedOnceAndOneGivenAgainIsNot() {
        long before = entries("deal plant state set");
        commitments.setPlantState(d1, UsState.of("WA"), "editor");
        commitments.setPlantState(d1, UsState.of("WA"), "editor");
        // the first call changes the deal (no plant to WA), the second finds WA already: one entry
        assertThat(entries("deal plant state set")).isEqualTo(before + 1);
        assertThat(audit.entries("editor", null, 10)).first().satisfies(e -> {
            assertThat(e.subject()).isEqualTo("deal " + d1);
            assertThat(e.before()).contains("\"plantState\": null");
            assertThat(e.after()).contains("\"plantState\": \"WA\"");
        });
    }

    @Test
    void aPlantStateForNoDealIsNotFound() {
        assertThatThrownBy(() -> commitments.setPlantState(new DealId(9999), UsState.of("WA"), "analyst")).isInstanceOf(NotFound.class);
    }

    private long entries(String action) {
        return audit.entries(null, null, 1000).stream().filter(e -> e.action().equals(action)).count();
    }
}
