package org.bilateral.tradestats.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompetitorsDemoTest {

    @Test
    void everyUsProductHasOtherSuppliersAndAWorldTotalAboveTheirSum() {
        Map<String, long[]> fromUs = new LinkedHashMap<>();
        for (Object[] product : DemoData.US_EXPORTS) {
            long[] months = new long[24];
            java.util.Arrays.fill(months, 1_000);
            fromUs.put((String) product[0], months);
        }
        // China's 854231 is the transshipment file's: 100 a month, 1,200 a year, kept as it is
        long[] china = new long[24];
        java.util.Arrays.fill(china, 100);
        CompetitorsDemo.Imports imports = CompetitorsDemo.imports(7, fromUs, Map.of("854231", china));

        java.util.Set<String> products = new java.util.HashSet<>(fromUs.keySet());
        products.addAll(CompetitorsDemo.NOT_FROM_US.keySet());
        assertThat(imports.bySupplier().keySet()).containsExactlyInAnyOrderElementsOf(products);
        assertThat(imports.bySupplier().get("854231").get("CN")).containsExactly(1_200, 1_200);
        assertThat(CompetitorsDemo.suppliersOf("120190")).containsExactly("BR", "CA", "AR");
        imports.bySupplier().forEach((code, suppliers) -> {
            assertThat(suppliers).isNotEmpty();
            for (int y = 0; y < 2; y++) {
                int year = y;
                // the US's 12 × 1,000 a year (none of the products it does not sell), the suppliers', and the rest of the
                // world's 5–25% of those on top
                long known = (fromUs.containsKey(code) ? 12_000 : 0) + suppliers.values().stream().mapToLong(v -> v[year]).sum();
                assertThat(imports.world().get(code)[y]).as(code).isBetween(known + known / 20 - 1, known + known / 4 + 1);
            }
        });
        // Australia's beef, which the demonstration's US does not sell: 60 million in 2017, within the noise
        assertThat(imports.bySupplier().get("020130").get("AU")[0]).isBetween(40_000_000L, 90_000_000L);
        // Brazil sells Vietnam more soybeans than the US (1.3 times its 2017 figure, within the noise)
        assertThat(imports.bySupplier().get("120190").get("BR")[0]).isBetween(12_000L, 20_000L);
    }

    @Test
    void theCompetitorsFileIsSyntheticAnnualImportsByVietnamAndTheSameForTheSameSeed(@TempDir Path a, @TempDir Path b) throws Exception {
        List<Path> first = new DemoData(7, YearMonth.of(2026, 11)).write(a);
        List<Path> second = new DemoData(7, YearMonth.of(2026, 11)).write(b);
        Path rivals = first.stream().filter(p -> p.getFileName().toString().contains("competitors")).findFirst().orElseThrow();
        assertThat(Files.mismatch(rivals, b.resolve(rivals.getFileName()))).isEqualTo(-1L);
        List<String> lines = Files.readAllLines(rivals);
        assertThat(lines.get(0)).isEqualTo(DemoData.COMTRADE_CSV_HEADER.strip());
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> {
            assertThat(line).startsWith("C,A,").contains(",704,VNM,Viet Nam,M,Import,").endsWith(",true,true");
            assertThat(line).doesNotContain(",156,CHN,");
        });
        assertThat(lines).anySatisfy(line -> assertThat(line).contains(",2025,704,VNM,Viet Nam,M,Import,76,BRA,Brazil,0,H6,120190,"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains(",0,W00,World,0,H6,880240,"));
        // China's soybeans-free file gains China's rows of the US products it lacked (pesticides), not of those it held
        Path china = first.stream().filter(p -> p.getFileName().toString().contains("imports-china")).findFirst().orElseThrow();
        assertThat(Files.readString(china)).contains(",156,CHN,China,0,H6,380891,");
        assertThat(second).hasSize(first.size());
    }
}
