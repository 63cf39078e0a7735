package org.bilateral.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bilateral.WorkbenchTest;
import org.bilateral.reference.HsRevisions.Fate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What becomes of an older edition's subheadings, on the test excerpt of the UN tables (src/test/resources/reference/hs,
 * rows copied from the shared files) and, where present, on the shared files themselves.
 */
@WorkbenchTest
class HsRevisionsTest {

    @Autowired HsRevisions revisions;

    @Test
    void aSubheadingSentWholeToAnotherNumberIsCarriedToItAndTwoOfThemMeetThere() {
        // 620113 and 620193 of HS 2017 both have the one row "→ 620140" in the table (n:1): each is carried to 620140.
        assertThat(revisions.carry(2017, "620113")).isEqualTo(
                new HsRevisions.Carried(2017, "620113", Fate.RENUMBERED, List.of("620140")));
        assertThat(revisions.carry(2017, "620193").shownAs()).isEqualTo("620140");
        assertThat(revisions.carry(2017, "940360").fate()).isEqualTo(Fate.SAME);
    }

    @Test
    void aSplitSubheadingIsKeptUnderItsOwnCodeWithTheCodesItWentTo() {
        HsRevisions.Carried cells = revisions.carry(2017, "854140");
        assertThat(cells.fate()).isEqualTo(Fate.SPLIT);
        assertThat(cells.shownAs()).isEqualTo("854140");
        // 4 rows 1:n to 85414x and 6 rows n:n to 8549xx
        assertThat(cells.hs2022()).containsExactly("854141", "854142", "854143", "854149", "854921", "854929", "854931",
                "854939", "854991", "854999");
        assertThat(revisions.carry(2017, "847130").fate()).as("847130 → 847130 and six 8549 codes").isEqualTo(Fate.SPLIT);
    }

    @Test
    void anHs2012CodeGoesThroughHs2017() {
        // 620113 (2012) → 620113 (2017) → 620140 (2022); 854140 (2012) → 854140 (2017) → split
        assertThat(revisions.carry(2012, "620113").shownAs()).isEqualTo("620140");
        assertThat(revisions.carry(2012, "854140").fate()).isEqualTo(Fate.SPLIT);
        // 851712 (2012) → 851712 and four 8542 codes of 2017: split already
        assertThat(revisions.carry(2012, "851712").fate()).isEqualTo(Fate.SPLIT);
    }

    @Test
    void codesOfNoTableAreKeptAsReported() {
        assertThat(revisions.carry(2017, "999998").fate()).as("not in the table").isEqualTo(Fate.UNKNOWN);
        assertThat(revisions.carry(2002, "030420").fate()).as("HS 2002: no table held").isEqualTo(Fate.UNKNOWN);
        assertThat(revisions.carry(2022, "854143").fate()).isEqualTo(Fate.SAME);
        assertThat(revisions.splitCode("854140")).map(HsRevisions.Carried::revision).contains(2017);
        assertThat(revisions.splitCode("620140")).isEmpty();
    }

    @Test
    void theEditionOfAYearAndOfAComtradeClassification() {
        assertThat(HsRevisions.revisionOfYear(2021)).isEqualTo(2017);
        assertThat(HsRevisions.revisionOfYear(2022)).isEqualTo(2022);
        assertThat(HsRevisions.revisionOfYear(2016)).isEqualTo(2012);
        assertThat(HsRevisions.revisionOfYear(2003)).isEqualTo(2002);
        assertThat(HsRevisions.revisionOfComtrade("H5")).contains(2017);
        assertThat(HsRevisions.revisionOfComtrade("HS")).isEmpty();
    }

    @Test
    void onTheSharedTablesTheCellsOf854140SplitAndTheCoatsOf620113AreCarried() {
        Path shared = Path.of("../shared/data/hs/hs2017-to-hs2022.csv");
        assumeTrue(Files.isRegularFile(shared), "the shared reference data is not at ../shared/data");
        HsRevisions onShared = new HsRevisions(new ReferenceFiles("../shared/data"));

        assertThat(onShared.carry(2017, "854140").hs2022()).startsWith("854141", "854142", "854143", "854149");
        assertThat(onShared.carry(2017, "620113").shownAs()).isEqualTo("620140");
        assertThat(onShared.carry(2012, "620193").shownAs()).isEqualTo("620140");
        assertThat(onShared.carry(2017, "940360").fate()).isEqualTo(Fate.SAME);
    }
}
