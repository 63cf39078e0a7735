package org.bilateral.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilateral.offers.OfferFixture.codes;
import static org.bilateral.offers.OfferFixture.draft;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.bilateral.WorkbenchTest;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.tariffs.TariffLoads;
import org.bilateral.tradestats.CensusFile;
import org.bilateral.tradestats.ComtradeCsvFile;
import org.bilateral.tradestats.ImportFile;
import org.bilateral.tradestats.StatisticsImports;
import org.bilateral.tradestats.TradeStatisticsFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An offer priced on {@link OfferFixture}'s schedule and statistics written here, every figure worked out by hand.
 * <ul>
 * <li>Vietnam's imports of 2025 (Comtrade, CIF) from the US: 0101.29 1,000,000; 0201.10 2,000,000; 8703.23 500,000;
 * 0306.17 300,000 (3,800,000); from the world: 0101.29 4,000,000; 0201.10 2,500,000; 8703.23 500,000; 0306.17 300,000.
 * Its exports to the US: 8517.13 10,000,000. Its surplus by its own statistics: 10,000,000 − 3,800,000 = 6,200,000.</li>
 * <li>US statistics (Census), March 2025: imports from Vietnam 12,000,000, exports to it 1,500,000: a deficit of
 * 10,500,000.</li>
 * <li>2024: Vietnam's imports from the US only (0101.29 1,000,000), no world, no other partner, no US statistics.</li>
 * </ul>
 */
@WorkbenchTest
public class OfferPricingTest {

    @Autowired OfferPricing pricing;
    @Autowired Offers offers;
    @Autowired TariffLoads loads;
    @Autowired StatisticsImports imports;
    @Autowired JdbcClient jdbc;
    @TempDir Path dir;

    @BeforeEach
    void statistics() {
        given(loads, imports, jdbc, dir);
    }

    /** The schedule and statistics this test prices on, for the doors' tests too. */
    public static void given(TariffLoads loads, StatisticsImports imports, JdbcClient jdbc, Path dir) {
        OfferFixture.clear(jdbc);
        OfferFixture.schedule(loads, jdbc, dir);
        TradeStatisticsFixture.clear(jdbc);
        imports.importFile(ImportFile.of(ComtradeCsvFile.create()
                .row(704, 842, "M", "2025", "010129", "1000000")
                .row(704, 842, "M", "2025", "020110", "2000000")
                .row(704, 842, "M", "2025", "870323", "500000")
                .row(704, 842, "M", "2025", "030617", "300000")
                .row(704, 0, "M", "2025", "010129", "4000000")
                .row(704, 0, "M", "2025", "020110", "2500000")
                .row(704, 0, "M", "2025", "870323", "500000")
                .row(704, 0, "M", "2025", "030617", "300000")
                .row(704, 842, "X", "2025", "851713", "10000000")
                .row(704, 842, "M", "2024", "010129", "1000000")
                .writeTo(dir, "vietnam.csv"), "test"));
        // the US side's whole year: imports 1,000,000 × 12 = 12,000,000, exports 125,000 × 12 = 1,500,000
        for (int m = 1; m <= 12; m++) {
            String month = String.format("2025-%02d", m);
            imports.importFile(ImportFile.of(CensusFile.imports().row("5520", "8517130000", "1000000", month)
                    .writeTo(dir, "us-imports-" + m + ".json"), "test"));
            imports.importFile(ImportFile.of(CensusFile.exports().row("5520", "0201100000", "125000", month)
                    .writeTo(dir, "us-exports-" + m + ".json"), "test"));
        }
    }

    /** 0101.29 to 0 from 2026; 0201.10.00 (20%) to 10, 5 and 0 over 2026–2028; heading 8703 to 0 from 2026. */
    public static OfferDraft phased() {
        return draft("Phased", codes("010129", "0", 2026),
                new Part(new Selection(Scope.CODES, List.of(HsCode.of("02011000")), null), List.of(new Phase(2026, BigDecimal.TEN),
                        new Phase(2027, new BigDecimal("5")), new Phase(2028, BigDecimal.ZERO))),
                codes("8703", "0", 2026));
    }

    static InputProblem refusal(Runnable r) {
        try {
            r.run();
        } catch (InvalidInput e) {
            return e.problems().get(0);
        }
        throw new AssertionError("not refused");
    }

    @Test
    void onlyWholeYearsArePriceableNotTheMonthsOfAYearInProgress() {
        // 2025 and 2024 are held as years; three months of 2026 are added: a year in progress is not offered for pricing
        imports.importFile(ImportFile.of(ComtradeCsvFile.create()
                .row(704, 842, "M", "202601", "010129", "90000")
                .row(704, 842, "M", "202602", "010129", "80000")
                .row(704, 842, "M", "202603", "010129", "70000")
                .writeTo(dir, "vietnam-2026.csv"), "test"));
        assertThat(pricing.yearsPriceable()).containsExactly(2025, 2024);
    }

    @Test
    void aPhasedOfferIsPricedYearByYearAgainstTheStatisticsYearHeldFlat() {
        Pricing p = pricing.price(phased(), 2025);
        assertThat(p.years()).extracting(YearEffect::year).containsExactly(2026, 2027, 2028);
        // 0101.29: 1,000,000 × (10 + 5 + 0)/3% = 50,000 each year; 0201.10: 2,000,000 × 10% = 200,000 in 2026,
        // × 15% = 300,000 in 2027, × 20% = 400,000 in 2028; 8703.23's one priced line 20% → 0: 500,000 × 20% = 100,000
        assertThat(p.years().get(0).revenueForgoneUsd()).isEqualByComparingTo("350000.00"); // 50,000 + 200,000 + 100,000
        assertThat(p.years().get(1).revenueForgoneUsd()).isEqualByComparingTo("450000.00"); // 50,000 + 300,000 + 100,000
        YearEffect last = p.finalYear();
        assertThat(last.revenueForgoneUsd()).isEqualByComparingTo("550000.00"); // 50,000 + 400,000 + 100,000
        // created: 0101.29 48,000,000/693 = 69,264.0693 (OfferArithmeticTest); 0201.10 d = 20/120 = 1/6,
        // 2,000,000 × 1.5/6 = 500,000; 8703.23 500,000 × 1.5/6 = 125,000: 694,264.0693 → 694,264.07
        assertThat(last.createdUsd()).isEqualByComparingTo("694264.07");
        // diverted: 0101.29 36,000,000/693 = 51,948.0519 (others 4,000,000 − 1,000,000 = 3,000,000);
        // 0201.10 others 2,500,000 − 2,000,000 = 500,000: 2,000,000 × 500,000 / 2,500,000 × 1.5 / 6 = 100,000;
        // 8703.23 others 500,000 − 500,000 = 0: nothing to divert. 151,948.0519 → 151,948.05
        assertThat(last.divertedUsd()).isEqualByComparingTo("151948.05");
        // added CIF 694,264.0693 + 151,948.0519 = 846,212.1212 → 846,212.12; as the US values it ÷ 1.06 = 798,313.3219 → 798,313.32
        assertThat(last.addedCifUsd()).isEqualByComparingTo("846212.12");
        assertThat(last.addedUsValuedUsd()).isEqualByComparingTo("798313.32");
        // US deficit 12,000,000 − 1,500,000 = 10,500,000: 798,313.3219 / 10,500,000 = 0.07602984
        assertThat(p.deficit().usMeasuredUsd()).isEqualByComparingTo("10500000");
        assertThat(last.ofUsMeasuredDeficit().fraction()).isEqualByComparingTo("0.07602984");
        // Vietnam's surplus 10,000,000 − 3,800,000 = 6,200,000: 846,212.1212 / 6,200,000 = 0.13648583
        assertThat(p.deficit().vietnamMeasuredUsd()).isEqualByComparingTo("6200000");
        assertThat(last.ofVietnamMeasuredSurplus().fraction()).isEqualByComparingTo("0.13648583");
        assertThat(p.deficit().cifFobFactor()).isEqualByComparingTo("1.06");
        assertThat(p.synthetic()).isFalse();
    }

    @Test
    void theFinalYearsProductsComeLargestRevenueFirstAndUnpricedLinesWithTheirCodesImports() {
        Pricing p = pricing.price(phased(), 2025);
        assertThat(p.products()).extracting(e -> e.code().digits()).containsExactly("020110", "870323", "010129");
        ProductEffect cars = p.products().get(1);
        assertThat(cars.linesUnpriced()).isEqualTo(1);
        assertThat(cars.linesInCode()).isEqualTo(1);
        assertThat(p.unpriced()).singleElement().satisfies(u -> {
            assertThat(u.line()).isEqualTo(HsCode.of("87032311"));
            assertThat(u.mfnText()).contains("Chương 98");
            assertThat(u.importsOfCodeUsd()).isEqualByComparingTo("500000");
        });
        // covered priced lines: 0101.29's three, 0201.10.00, 8703.23.51
        assertThat(p.linesCovered()).isEqualTo(5);
        assertThat(p.statisticsCoarse()).isFalse();
    }

    @Test
    void theDealsBesideMeasureTheGapByUsStatisticsAndTheOfferAgainstIt() {
        Pricing p = pricing.price(phased(), 2025);
        // the projection's gap: Vietnam's surplus by US statistics of 2025, 10,500,000; the offer's 798,313.32 / 10,500,000
        assertThat(p.deals().gapUsd()).isEqualByComparingTo("10500000");
        assertThat(p.deals().offerShareOfGap().fraction()).isEqualByComparingTo("0.07602984");
    }

    @Test
    void unknownCompetitorsLeaveDiversionNotKnownAndNoUsStatisticsLeaveNoShare() {
        Pricing p = pricing.price(draft("Horses", codes("010129", "0", 2026)), 2024);
        ProductEffect horses = p.products().get(0);
        assertThat(horses.importsFromOthersUsd()).isNull();
        assertThat(horses.divertedUsd()).isNull();
        // created alone: 69,264.07; nothing known diverted
        assertThat(p.finalYear().addedCifUsd()).isEqualByComparingTo("69264.07");
        assertThat(p.deficit().usMeasuredUsd()).isNull();
        assertThat(p.finalYear().ofUsMeasuredDeficit()).isNull();
    }

    @Test
    void aSavedOfferIsPricedByItsNumber() {
        Offer saved = offers.create(phased(), "analyst");
        assertThat(pricing.price(saved.id(), 2025).finalYear().revenueForgoneUsd()).isEqualByComparingTo("550000.00");
        assertThat(pricing.yearsPriceable()).containsExactly(2025, 2024);
    }

    @Test
    void aPhaseBeforeTheStatisticsYearIsRefused() {
        InputProblem p = refusal(() -> pricing.price(draft("Early", codes("010129", "0", 2024)), 2025));
        assertThat(p.field()).isEqualTo("parts[0].phases[0].year");
        assertThat(p.what().key()).isEqualTo("refusal.offers.yearBeforeStatistics");
    }

    @Test
    void aYearWithoutStatisticsOrOnlyPartOfOneIsRefused() {
        InputProblem p = refusal(() -> pricing.price(draft("Any", codes("010129", "0", 2026)), 2019));
        assertThat(p.field()).isEqualTo("year");
        assertThat(p.what().key()).isEqualTo("refusal.offers.noWholeYear");
        assertThat(p.message()).contains("the whole of 2019");
        imports.importFile(ImportFile.of(ComtradeCsvFile.create().row(704, 842, "M", "202601", "010129", "90000")
                .writeTo(dir, "vietnam-2026-01.csv"), "test"));
        assertThat(refusal(() -> pricing.price(draft("Any", codes("010129", "0", 2026)), 2026)).what().key())
                .isEqualTo("refusal.offers.noWholeYear");
    }

    @Test
    void anOfferThatCannotBePricedForTheYearIsSaidWhyRatherThanFailingThePage() {
        Offer saved = offers.create(draft("Later", codes("010129", "0", 2026)), "analyst");
        OfferPricing.Attempt fine = pricing.attempt(saved.id(), 2025);
        assertThat(fine.pricing()).isNotNull();
        assertThat(fine.refused()).isEmpty();
        Offer early = offers.create(draft("Early", codes("010129", "0", 2024)), "analyst");
        // priced on 2025, its phase of 2024 comes before the statistics year: refused, and said
        OfferPricing.Attempt refused = pricing.attempt(early.id(), 2025);
        assertThat(refused.pricing()).isNull();
        // said as the refusal names it: the field, and why
        assertThat(refused.refused()).singleElement().extracting(org.bilateral.shared.Said::english).asString()
                .contains("parts[0].phases[0].year").contains("2024").contains("2025");
    }

    @Test
    void competitorsFromDemonstrationDataMakeThePricingSynthetic() throws java.io.IOException {
        imports.importFile(ImportFile.of(ComtradeCsvFile.create().row(704, 842, "M", "2023", "010129", "1000000")
                .writeTo(dir, "vietnam-2023.csv"), "test"));
        // the world's imports of 2023 from a file that says it is demonstration data (Comtrade's synthetic column)
        Path world = ComtradeCsvFile.create().row(704, 0, "M", "2023", "010129", "4000000").writeTo(dir, "world-2023.csv");
        List<String> lines = java.nio.file.Files.readAllLines(world);
        java.nio.file.Files.writeString(world, lines.get(0) + ",synthetic\n" + lines.get(1) + ",true\n");
        imports.importFile(ImportFile.of(world, "test"));
        Pricing p = pricing.price(draft("Horses", codes("010129", "0", 2026)), 2023);
        // diverted 36,000,000/693 = 51,948.05 from the synthetic world's 3,000,000 others: said synthetic
        assertThat(p.products().get(0).divertedUsd()).isEqualByComparingTo("51948.05");
        assertThat(p.synthetic()).isTrue();
    }

    @Test
    void aZeroCutChangesNothing() {
        // 0101.29.90 is already at 0%: covered, nothing forgone, nothing added
        Pricing p = pricing.price(draft("Nothing", codes("01012990", "0", 2026)), 2025);
        assertThat(p.finalYear().revenueForgoneUsd()).isEqualByComparingTo("0");
        assertThat(p.finalYear().addedCifUsd()).isEqualByComparingTo("0");
        assertThat(p.linesCovered()).isEqualTo(1);
    }
}
