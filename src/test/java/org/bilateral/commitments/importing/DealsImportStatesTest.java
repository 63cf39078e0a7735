package org.bilateral.commitments.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import org.bilateral.WorkbenchTest;
import org.bilateral.commitments.Deal;
import org.bilateral.commitments.PurchaseCommitments;
import org.bilateral.commitments.StateDeal;
import org.bilateral.engagements.Directory;
import org.bilateral.extraction.RegisterFixture;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.UsState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A deals file's optional plant_state and seller_state columns: where each deal buys from, checked row by row. */
@WorkbenchTest
class DealsImportStatesTest {

    private static final String HEADER = "id,date,status,buyer,buyer_country,seller,seller_country,item,hs_code,quantity,unit,"
            + "value_usd_low,value_usd_high,plant_state,seller_state\n";

    @Autowired DealsImport imports;
    @Autowired PurchaseCommitments commitments;
    @Autowired Directory directory;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void emptyRegister() {
        RegisterFixture.clear(jdbc);
    }

    /** Four deals: a 737 order (plant WA, Boeing in WA), a 787 order (plant SC), soybean meal of AGP (in NE), grain of Cargill (no state). */
    private static final String GOOD = HEADER
            + "S1,2023-09-11,MOU,Vietnam Airlines,VN,Boeing,US,737 MAX aircraft,880240,50,aircraft,7800000000,,WA,WA\n"
            + "S2,2025-10-26,MOU,Bamboo Airways,VN,Boeing,US,787 aircraft,880240,10,aircraft,,,SC,\n"
            + "S3,2025-06-02,MOU,Khai Anh Binh Thuan,VN,AGP,US,soybean meal,230400,1000000,t,380000000,,,ne\n"
            + "S4,2025-06-06,MOU,Viet Nhat Co.,VN,Cargill,US,corn,1005,900000,t,,,,\n";

    @Test
    void thePlantStateGoesToTheDealAndTheSellerStateToTheSeller() throws IOException {
        imports.importCsv(new StringReader(GOOD), "states.csv");

        assertThat(deal("Vietnam Airlines").plantState()).isEqualTo(UsState.of("WA"));
        assertThat(deal("Bamboo Airways").plantState()).isEqualTo(UsState.of("SC"));
        assertThat(deal("Khai Anh Binh Thuan").plantState()).isNull();
        assertThat(seller("Boeing").usState()).isEqualTo(UsState.of("WA"));
        // "ne" as written in lower case is Nebraska
        assertThat(seller("AGP").usState()).isEqualTo(UsState.of("NE"));
        assertThat(seller("Cargill").usState()).isNull();
        // WA: S1 by its plant; S2 is Boeing's too but its plant is in SC. NE: S3 by its seller. Cargill's S4: no state.
        assertThat(commitments.dealsFrom(UsState.of("WA"))).extracting(s -> s.deal().buyer(), StateDeal::basis)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Vietnam Airlines", StateDeal.Basis.PLANT));
        assertThat(commitments.dealsFrom(UsState.of("SC"))).extracting(s -> s.deal().buyer()).containsExactly("Bamboo Airways");
        assertThat(commitments.dealsFrom(UsState.of("NE"))).extracting(s -> s.deal().buyer(), StateDeal::basis)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Khai Anh Binh Thuan", StateDeal.Basis.SELLER));
        assertThat(commitments.producingState(deal("Viet Nhat Co.").id())).isEmpty();
    }

    @Test
    void reimportingTheFileWithItsStatesChangesNothing() throws IOException {
        imports.importCsv(new StringReader(GOOD), "states.csv");
        long audited = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();

        DealsImport.Report again = imports.importCsv(new StringReader(GOOD), "states.csv");

        assertThat(again.alreadyKnown()).isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from audit_entry").query(Long.class).single()).isEqualTo(audited);
    }

    @Test
    void aStateCellThatIsNoStateOrThatNoSellerCanHaveIsRefusedByItsLineAndColumn() {
        String bad = HEADER
                + "B1,2025-06-02,MOU,Khai Anh Binh Thuan,VN,AGP,US,soybean meal,230400,1000,t,,,XX,\n"
                + "B2,2025-06-02,MOU,Khai Anh Binh Thuan,VN,United Grain,US,corn,1005,2000,t,,,,Washington\n"
                + "B3,2025-06-02,MOU,PV Gas,VN,,,LNG,271111,3000,t,,,,TX\n"
                + "B4,2025-06-02,MOU,PV Gas,VN,Vietcombank,VN,LNG,271111,4000,t,,,,TX\n"
                + "B5,2023-09-10,investment,Amkor Technology,US,,,packaging plant,,,,,,AZ,\n";

        assertThatThrownBy(() -> imports.importCsv(new StringReader(bad), "bad-states.csv")).isInstanceOfSatisfying(InvalidInput.class, e ->
                assertThat(e.problems()).extracting(Object::toString).containsExactly(
                        "bad-states.csv, line 2, field plant_state: not the USPS code of a US state, DC or territory: 'XX'",
                        "bad-states.csv, line 3, field seller_state: not the USPS code of a US state, DC or territory: 'Washington'",
                        "bad-states.csv, line 4, field seller_state: the row names no seller to be in a state",
                        "bad-states.csv, line 5, field seller_state: the seller is of VN: only an American seller is in a US state",
                        "bad-states.csv, line 6, field plant_state: 'investment' is not a purchase: it buys from no state"));
        assertThat(commitments.deals()).isEmpty();
    }

    @Test
    void aSellerGivenTwoStatesIsRefusedAtTheSecondAndTheFileLeavesNothing() {
        String twice = HEADER
                + "T1,2023-09-11,MOU,Vietnam Airlines,VN,Boeing,US,737 MAX aircraft,880240,50,aircraft,,,,WA\n"
                + "T2,2025-10-26,MOU,Bamboo Airways,VN,Boeing,US,787 aircraft,880240,10,aircraft,,,,SC\n";

        // the rows are written in date order: T1 (2023) gives Boeing WA, T2 (2025) says SC
        assertThatThrownBy(() -> imports.importCsv(new StringReader(twice), "twice.csv")).isInstanceOfSatisfying(InvalidInput.class, e ->
                assertThat(e.problems()).extracting(Object::toString).containsExactly(
                        "twice.csv, line 3, field seller_state: Boeing is held in WA and this row says SC: change it on the organisation's page,"
                                + " or name the goods' plant in plant_state"));
        assertThat(commitments.deals()).isEmpty();
        assertThat(directory.organisations()).isEmpty();
    }

    @Test
    void aPlantStateOtherThanTheOneTheDealHoldsIsRefused() throws IOException {
        imports.importCsv(new StringReader(GOOD), "states.csv");
        Deal bamboo = deal("Bamboo Airways");
        commitments.setPlantState(bamboo.id(), UsState.of("WA"), "analyst");

        assertThatThrownBy(() -> imports.importCsv(new StringReader(GOOD), "states.csv")).isInstanceOfSatisfying(InvalidInput.class, e ->
                assertThat(e.problems()).extracting(Object::toString).containsExactly(
                        "states.csv, line 3, field plant_state: deal " + bamboo.id() + ", which this row reports, has its plant in WA and this row"
                                + " says SC: change it on the deal's page"));
        assertThat(deal("Bamboo Airways").plantState()).isEqualTo(UsState.of("WA"));
    }

    private Deal deal(String buyer) {
        return commitments.deals().stream().filter(d -> buyer.equals(d.buyer())).findFirst().orElseThrow();
    }

    private Directory.Organisation seller(String name) {
        return directory.organisations().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }
}
