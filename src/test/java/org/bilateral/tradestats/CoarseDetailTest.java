package org.bilateral.tradestats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.HsLevel;
import org.junit.jupiter.api.Test;

class CoarseDetailTest {

    private static final CountryCode US = CountryCode.of("US");
    private static final CountryCode VN = CountryCode.of("VN");

    private static BigDecimal[] pair(String exporter, String importer) {
        return new BigDecimal[] {exporter == null ? null : new BigDecimal(exporter), importer == null ? null : new BigDecimal(importer)};
    }

    private static Map<String, BigDecimal> of(Object... codeValue) {
        Map<String, BigDecimal> map = new TreeMap<>();
        for (int i = 0; i < codeValue.length; i += 2) {
            map.put((String) codeValue[i], new BigDecimal((String) codeValue[i + 1]));
        }
        return map;
    }

    @Test
    void aChapterOneSideHoldsOnlyByHeadingIsSetApartAndItsProductsLeaveTheComparison() {
        Map<String, BigDecimal[]> byCode = new LinkedHashMap<>();
        byCode.put("940110", pair("300", "280"));
        byCode.put("940120", pair("100", null));
        byCode.put("840110", pair("50", "55"));
        MirrorStore.Coarser coarser = new MirrorStore.Coarser(
                List.of(of("94", "400", "84", "50"), of("94", "500", "84", "55")),
                List.of(of("9401", "400"), of("9401", "280", "9403", "220")));
        CoarseDetail coarse = new CoarseDetail(US, VN, (level, code) -> code + " label", code -> Set.of());

        List<Mirror.NotComparable> apart = coarse.chapters(HsLevel.SUBHEADING, byCode, coarser);

        // chapter 84: 50 = 50 and 55 = 55, comparable. Chapter 94: the US details 300 + 100 = 400 of 400, but Vietnam
        // only 280 of 500; its headings 280 + 220 = 500 do add up, so Vietnam holds chapter 94 at HS4
        assertThat(apart).hasSize(1);
        Mirror.NotComparable chapter94 = apart.get(0);
        assertThat(chapter94.chapter()).isEqualTo("94");
        assertThat(chapter94.label()).isEqualTo("94 label");
        assertThat(chapter94.exporterReports()).isEqualByComparingTo("400");
        assertThat(chapter94.importerReports()).isEqualByComparingTo("500");
        assertThat(chapter94.coarse()).containsExactly(new Mirror.Coarse(VN, "94", "HS4", new BigDecimal("280"),
                new BigDecimal("500")));
        assertThat(byCode).containsOnlyKeys("840110");
    }
}
