package org.bilateral.tradestats.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FinestDetailTest {

    private static List<String> lines(Map<String, String> total, Map<String, String> chapters, Map<String, String> headings,
                                      Map<String, String> subheadings) {
        return FinestDetail.of(List.of(decimals(total), decimals(chapters), decimals(headings), decimals(subheadings))).stream()
                .map(l -> l.code() + "=" + l.valueUsd().toPlainString()).toList();
    }

    private static Map<String, BigDecimal> decimals(Map<String, String> values) {
        return values.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> new BigDecimal(e.getValue())));
    }

    @Test
    void aChapterWhoseDetailAddsUpIsReadFromItsDetailAndAPartlyDetailedOneKeepsItsRest() {
        // Every chapter at HS2 (61 5,000; 85 2,000; 94 3,000: 10,000), selected HS10 lines under 85 and 94.
        // 85: 8517 2,000 = the chapter: read at subheading 851713.
        // 94: 9403 1,200 + 9405 300 = 1,500 of 3,000: those two, and 3,000 - 1,500 = 1,500 kept as chapter 94.
        // 61: nothing finer: the chapter itself.
        assertThat(lines(Map.of("", "10000"), Map.of("61", "5000", "85", "2000", "94", "3000"),
                Map.of("8517", "2000", "9403", "1200", "9405", "300"),
                Map.of("851713", "2000", "940360", "1200", "940511", "300")))
                .containsExactlyInAnyOrder("61=5000", "851713=2000", "94=1500", "940360=1200", "940511=300");
    }

    @Test
    void aHeadingPartlyDetailedKeepsItsRestAtTheHeadingAndTheLinesAlwaysAddUpToTheTotal() {
        // Chapter 84 (900) complete at HS4: 8471 600 + 8411 300 = 900. Subheadings only under 8471: 847130 250, so 8471
        // keeps 600 - 250 = 350; 8411 has none: 300 at the heading. 250 + 350 + 300 = 900 = the total.
        List<String> lines = lines(Map.of("", "900"), Map.of("84", "900"), Map.of("8471", "600", "8411", "300"),
                Map.of("847130", "250"));
        assertThat(lines).containsExactlyInAnyOrder("8411=300", "8471=350", "847130=250");
    }

    @Test
    void withoutAListOfAllProductsTheChaptersAreTheWholeAndWithoutChaptersTheTotalStaysWhole() {
        assertThat(lines(Map.of(), Map.of("09", "7"), Map.of(), Map.of("090111", "7"))).containsExactlyInAnyOrder("090111=7");
        // 12 of a total of 20 is named by chapter: the other 8 is trade with no product named, kept as "".
        assertThat(lines(Map.of("", "20"), Map.of("09", "12"), Map.of(), Map.of())).containsExactlyInAnyOrder("=8", "09=12");
    }
}
