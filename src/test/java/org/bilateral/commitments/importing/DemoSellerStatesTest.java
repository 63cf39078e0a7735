package org.bilateral.commitments.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bilateral.WorkbenchTest;
import org.bilateral.commitments.Deal;
import org.bilateral.commitments.PurchaseCommitments;
import org.bilateral.commitments.StateDeal;
import org.bilateral.engagements.Directory;
import org.bilateral.extraction.RegisterFixture;
import org.bilateral.shared.UsState;
import org.bilateral.workbench.DemoRequested;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/** serve --demo gives the demonstration deals' US sellers their state, and the 737 orders their plant's, each row with its basis. */
@WorkbenchTest
class DemoSellerStatesTest {

    @Autowired ApplicationEventPublisher events;
    @Autowired PurchaseCommitments commitments;
    @Autowired Directory directory;
    @Autowired DealsImport imports;
    @Autowired DemoSellerStates sellerStates;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void emptyRegister() {
        RegisterFixture.clear(jdbc);
    }

    @Test
    void everyRowOfTheFileSaysItsBasisAndSource() {
        assertThat(DemoSellerStates.rows()).hasSize(9).allSatisfy(r -> {
            assertThat(r.basis()).isIn("headquarters", "plant");
            assertThat(r.source()).startsWith("https://");
            assertThat(r.place()).isNotBlank();
        });
        // a plant's row names goods; a headquarters' row names none
        assertThat(DemoSellerStates.rows()).filteredOn(r -> r.goods() != null).extracting(DemoSellerStates.Row::seller, DemoSellerStates.Row::goods,
                r -> r.state().usps()).containsExactly(tuple("Boeing", "737", "WA"), tuple("Boeing", "787", "SC"));
    }

    @Test
    void theDemonstrationsSellersOfTheTestFixtureGetTheirStates() {
        events.publishEvent(new DemoRequested());

        // the fixture's two deals: PV Gas from Excelerate Energy (The Woodlands, TX), Khai Anh Binh Thuan from AGP (Omaha, NE)
        assertThat(commitments.dealsFrom(UsState.of("TX"))).extracting(s -> s.deal().seller(), StateDeal::basis)
                .containsExactly(tuple("Excelerate Energy", StateDeal.Basis.SELLER));
        assertThat(commitments.dealsFrom(UsState.of("NE"))).extracting(s -> s.deal().seller()).containsExactly("AGP");
    }

    @Test
    void theReportedDealsBuyFromTheStatesTheirSellersAndPlantsAreIn() {
        Path file = Path.of("../shared/data/deals/reported-deals.csv");
        Assumptions.assumeTrue(Files.isRegularFile(file), "../shared/data/deals/reported-deals.csv is absent: skipped");
        imports.importFile(file, "reported-deals.csv");

        DemoSellerStates.Given given = sellerStates.give("demo");

        // seven sellers of the file are in the register: Boeing, AGP, United Grain, POET, Cargill, Excelerate, AGDC;
        // two 737 orders (Vietnam Airlines' 50, C01/C03/C04 as one deal, and VietJet's 200, C05); no 787 deal
        assertThat(given).isEqualTo(new DemoSellerStates.Given(7, 2));
        assertThat(commitments.dealsFrom(UsState.of("WA"))).extracting(s -> s.deal().buyer(), s -> s.deal().seller(), StateDeal::basis)
                .containsExactlyInAnyOrder(tuple("Vietnam Airlines", "Boeing", StateDeal.Basis.PLANT), tuple("VietJet", "Boeing", StateDeal.Basis.PLANT),
                        tuple("Khai Anh Binh Thuan", "United Grain", StateDeal.Basis.SELLER));
        // Boeing's headquarters are in Virginia, but both its deals name the plant: Virginia buys no deal
        assertThat(commitments.dealsFrom(UsState.of("VA"))).isEmpty();
        assertThat(commitments.dealsFrom(UsState.of("MN"))).extracting(s -> s.deal().seller()).containsExactly("Cargill");
        assertThat(commitments.dealsFrom(UsState.of("SD"))).extracting(s -> s.deal().seller()).containsExactly("POET");
        assertThat(commitments.dealsFrom(UsState.of("AK"))).extracting(s -> s.deal().seller()).containsExactly("Alaska Gasline Development Corp.");
        assertThat(directory.organisations()).filteredOn(o -> o.name().equals("Boeing")).singleElement()
                .satisfies(o -> assertThat(o.usState()).isEqualTo(UsState.of("VA")));
        // the aggregate of twenty MOUs ("US agricultural exporters") buys from no known state
        Deal aggregate = commitments.deals().stream().filter(Deal::aggregate).findFirst().orElseThrow();
        assertThat(commitments.producingState(aggregate.id())).isEmpty();

        // given again, nothing changes
        long audited = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
        sellerStates.give("demo");
        assertThat(jdbc.sql("select count(*) from audit_entry").query(Long.class).single()).isEqualTo(audited);
    }
}
