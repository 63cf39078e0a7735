package org.bilateral.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.bilateral.WorkbenchTest;
import org.bilateral.shared.Changes;
import org.bilateral.shared.HsCode;
import org.bilateral.tradestats.CensusFile;
import org.bilateral.tradestats.ImportFile;
import org.bilateral.tradestats.StatisticsImports;
import org.bilateral.tradestats.TradeStatisticsFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Watched products at a chapter, a heading and a subheading, their US imports from Vietnam in the latest month held
 * against the same month a year earlier; a product without imports a year earlier has no movement and is not listed.
 */
@WorkbenchTest
class WatchedChangesTest {

    @Autowired StatisticsImports imports;
    @Autowired WatchList watchList;
    @Autowired WatchedChanges changes;
    @Autowired JdbcClient jdbc;
    @TempDir Path dir;

    @BeforeEach
    void fourProductsWatched() {
        TradeStatisticsFixture.clear(jdbc);
        jdbc.sql("delete from watched_product").update();
        for (String code : List.of("85", "8504", "850440", "847130")) {
            watchList.watch(new WatchList.Watch(Triangle.DEFAULT, HsCode.of(code), null, null, null), "test");
        }
    }

    private Instant lastImport() {
        return jdbc.sql("select max(imported_at) from trade_import").query(OffsetDateTime.class).single().toInstant();
    }

    /**
     * US imports from Vietnam, November 2025: transformers (850440) 100, other transformers (850431) 50, phones
     * (851713) 200. November 2026: 130, 40 and 260, and computers (847130) 500, which it did not import a year earlier.
     */
    private void twoNovembers() {
        imports.importFile(ImportFile.of(CensusFile.imports()
                .row("5520", "850440", "100", "2025-11").row("5520", "850431", "50", "2025-11").row("5520", "851713", "200", "2025-11")
                .row("5520", "850440", "130", "2026-11").row("5520", "850431", "40", "2026-11").row("5520", "851713", "260", "2026-11")
                .row("5520", "847130", "500", "2026-11")
                .writeTo(dir, "us-imports.json"), "test"));
    }

    @Test
    void eachWatchedProductsLatestMonthIsComparedWithTheSameMonthAYearEarlierAtItsOwnLevel() {
        Instant since = Instant.parse("2020-01-01T00:00:00Z");
        twoNovembers();

        List<Changes.Change> found = changes.since(since);

        assertThat(found).extracting(c -> c.product().digits()).containsExactlyInAnyOrder("85", "8504", "850440");
        // 850440: (130 − 100) / 100 = 0.30
        Changes.Change subheading = found.stream().filter(c -> c.product().digits().equals("850440")).findFirst().orElseThrow();
        assertThat(subheading.movement()).isEqualByComparingTo("0.3000");
        assertThat(subheading.line().english()).isEqualTo("850440: US imports from VN in Nov 2026 $130, up 30.0% on Nov 2025 ($100)");
        assertThat(subheading.href()).isEqualTo("/risk/products/850440?origin=CN&hub=VN&destination=US");
        assertThat(subheading.kind()).isEqualTo(Changes.Kind.WATCHED_PRODUCT);
        // 8504: (130 + 40) − (100 + 50) = 20; 20 / 150 = 0.13333… → 0.1333
        assertThat(found.stream().filter(c -> c.product().digits().equals("8504")).findFirst().orElseThrow().movement())
                .isEqualByComparingTo("0.1333");
        // 85: (130 + 40 + 260) − (100 + 50 + 200) = 430 − 350 = 80; 80 / 350 = 0.228571… → 0.2286
        assertThat(found.stream().filter(c -> c.product().digits().equals("85")).findFirst().orElseThrow().movement())
                .isEqualByComparingTo("0.2286");
    }

    @Test
    void aFallIsSaidAsAFallAndAMonthImportedBeforeTheMomentIsNoChange() {
        imports.importFile(ImportFile.of(CensusFile.imports()
                .row("5520", "850440", "200", "2025-11").row("5520", "850440", "150", "2026-11").writeTo(dir, "fall.json"), "test"));

        Changes.Change fall = changes.since(Instant.parse("2020-01-01T00:00:00Z")).stream()
                .filter(c -> c.product().digits().equals("850440")).findFirst().orElseThrow();

        // (150 − 200) / 200 = −0.25
        assertThat(fall.movement()).isEqualByComparingTo("-0.2500");
        assertThat(fall.line().english()).isEqualTo("850440: US imports from VN in Nov 2026 $150, down 25.0% on Nov 2025 ($200)");
        assertThat(changes.since(lastImport())).isEmpty();
    }
}
