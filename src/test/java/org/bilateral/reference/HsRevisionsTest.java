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
    void theRenumberedSubheadingsOfBothEditionsAreListedWhole() {
        // The excerpt's 2017 table sends 620113 and 620193 to 620140 (n:1) and every other code to itself or to several;
        // its 2012 table sends both to themselves (1:1), so through HS 2017 they reach 620140 too. 851712 (2012) and
        // 854140, 847130, 880240 (2017) are split, the rest keep their numbers: four renumbered in all.
        assertThat(revisions.renumbered()).containsExactly(
                new HsRevisions.Renumbered(2012, "620113", "620140"), new HsRevisions.Renumbered(2012, "620193", "620140"),
                new HsRevisions.Renumbered(2017, "620113", "620140"), new HsRevisions.Renumbered(2017, "620193", "620140"));
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

    @Test
    void onTheSharedTablesTheRenumberedListHoldsEachStepsRenumbering() {
        Path shared = Path.of("../shared/data/hs/hs2017-to-hs2022.csv");
        assumeTrue(Files.isRegularFile(shared), "the shared reference data is not at ../shared/data");
        List<HsRevisions.Renumbered> renumbered = new HsRevisions(new ReferenceFiles("../shared/data")).renumbered();

        assertThat(renumbered).contains(
                // hs2017-to-hs2022.csv line 3383: 620113,620140,n:1 (and 620193 the same, line 3387)
                new HsRevisions.Renumbered(2017, "620113", "620140"),
                // hs2012-to-hs2017.csv line 1991: 370510,370500,n:1; hs2017-to-hs2022.csv line 1975: 370500,370500,1:1
                new HsRevisions.Renumbered(2012, "370510", "370500"),
                // 2012 → 2017 line 333: 030510,030510,1:1; 2017 → 2022 line 249: 030510,030910,1:1
                new HsRevisions.Renumbered(2012, "030510", "030910"),
                // 2017 → 2022 line 1028: 251830,381600,n:1 (its HS 2012 code too, through line 1082's 251830,251830,1:1)
                new HsRevisions.Renumbered(2017, "251830", "381600"));
        // 854140 (2017) is split (ten codes), 940360 keeps its number: neither is renumbered
        assertThat(renumbered).noneMatch(r -> r.subheading().equals("854140") || r.subheading().equals("940360"));
        assertThat(renumbered).allMatch(r -> !r.subheading().equals(r.hs2022()) && (r.revision() == 2012 || r.revision() == 2017));
        // 64 of HS 2012 and 59 of HS 2017 on the tables as transcribed (counted apart with a script following carry's rule)
        assertThat(renumbered).hasSize(123);
    }
}
