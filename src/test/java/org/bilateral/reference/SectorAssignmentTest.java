package org.bilateral.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Which sector a code counts in, on a nomenclature of a few codes whose sectors are worked out by hand. */
class SectorAssignmentTest {

    private static final Map<String, String> PREFIXES = Map.of("9401", "furniture", "9403", "furniture", "61", "textiles", "8802", "aircraft");
    private static final TreeSet<String> SUBHEADINGS = new TreeSet<>(List.of("610910", "880240", "940110", "940510"));
    private static final Map<String, String> OF_SUBHEADING = Map.of("610910", "textiles", "880240", "aircraft", "940110", "furniture");
    private static final UnaryOperator<String> SECTOR_OF = s -> OF_SUBHEADING.getOrDefault(s, Sector.OTHER);

    @Test
    void aSubheadingCountsWhereItsCodeSaysAndAChapterNoPrefixSplitsWhereItsPrefixSays() {
        assertThat(SectorAssignment.wholeSector("940110", PREFIXES, SUBHEADINGS, SECTOR_OF)).isEqualTo("furniture");
        assertThat(SectorAssignment.wholeSector("61", PREFIXES, SUBHEADINGS, SECTOR_OF)).isEqualTo("textiles");
        assertThat(SectorAssignment.wholeSector("999999", PREFIXES, SUBHEADINGS, SECTOR_OF)).isEqualTo(Sector.OTHER);
    }

    @Test
    void aChapterSplitByPrefixesCountsWhollyOnlyWhenAllItsSubheadingsAgree() {
        // 88: 8802 is aircraft and its one subheading 880240 is aircraft; 94: 940110 furniture but 940510 (lamps) other
        assertThat(SectorAssignment.wholeSector("88", PREFIXES, SUBHEADINGS, SECTOR_OF)).isEqualTo("aircraft");
        assertThat(SectorAssignment.wholeSector("94", PREFIXES, SUBHEADINGS, SECTOR_OF)).isNull();
    }

    @Test
    void aSplitChapterMayCountInEachSectorUnderIt() {
        assertThat(SectorAssignment.sectorsUnder("94", PREFIXES, SUBHEADINGS, SECTOR_OF)).containsExactly("furniture", "other");
        assertThat(SectorAssignment.sectorsUnder("61", PREFIXES, SUBHEADINGS, SECTOR_OF)).containsExactly("textiles");
    }

    @Test
    void aChapterIsAssignedTheSectorMostOfItsSubheadingsAreIn() {
        List<String> codes = List.of("94", "9401", "940110", "940190", "9405", "940510");
        // 9401's prefix puts 9401, 940110 and 940190 in furniture; chapter 94 has two furniture subheadings to one other (2 of 3),
        // so it counts in furniture; 9405 has only other goods, which are left unassigned
        assertThat(SectorAssignment.assign(codes, Map.of("9401", "furniture"))).containsExactlyInAnyOrderEntriesOf(
                Map.of("94", "furniture", "9401", "furniture", "940110", "furniture", "940190", "furniture"));
    }
}
