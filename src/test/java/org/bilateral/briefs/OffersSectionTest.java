package org.bilateral.briefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.bilateral.WorkbenchTest;
import org.bilateral.offers.Elasticities;
import org.bilateral.offers.GapFixture;
import org.bilateral.offers.Offer;
import org.bilateral.offers.OfferDraft;
import org.bilateral.offers.Offers;
import org.bilateral.offers.Part;
import org.bilateral.offers.Phase;
import org.bilateral.offers.Scope;
import org.bilateral.offers.Selection;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.HsCode;
import org.bilateral.tariffs.TariffFixture;
import org.bilateral.tariffs.TariffLoads;
import org.bilateral.tradestats.StatisticsImports;
import org.bilateral.tradestats.TradeStatisticsFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The offers section composed from the offers' own use cases on the hand-written schedule and statistics of
 * {@link GapFixture}: the offer the request names priced on the year's statistics, every saved one when it names none, and
 * the gap's top.
 */
@WorkbenchTest
class OffersSectionTest {

    @Autowired OffersSection section;
    @Autowired Offers offers;
    @Autowired TariffLoads tariffs;
    @Autowired StatisticsImports imports;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void empty() {
        TariffFixture.clear(jdbc);
        TradeStatisticsFixture.clear(jdbc);
        offers.all().forEach(o -> offers.delete(o.id(), "test"));
    }

    private static BriefRequest request(List<Long> named) {
        return new BriefRequest(CountryCode.of("VN"), CountryCode.of("US"), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 1, 1),
                EnumSet.of(BriefSection.OFFERS), BriefLanguage.EN, named);
    }

    private Offer apples(String name) {
        return offers.create(new OfferDraft(name, null, GapFixture.IN_FORCE, Elasticities.defaults(), List.of(new Part(
                new Selection(Scope.CODES, List.of(HsCode.of("0808")), null), List.of(new Phase(2026, BigDecimal.ZERO))))), "test");
    }

    @Test
    void theNamedOfferIsPricedOnTheYearsStatisticsBesideTheGapsTop(@TempDir Path dir) throws Exception {
        GapFixture.schedule(dir, tariffs);
        GapFixture.statistics(dir, imports, false);
        Offer named = apples("Apples at zero");
        apples("Apples again");

        Brief.Offers o = section.of(request(List.of(named.id().value())), new BriefSources());

        assertThat(o.missing()).isNull();
        assertThat(o.year()).isEqualTo(2025);
        assertThat(o.scheduleFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(o.offers()).singleElement().satisfies(l -> {
            assertThat(l.name()).isEqualTo("Apples at zero");
            assertThat(l.finalYear()).isEqualTo(2026);
            // the two priced apple lines cut from 10 and 8 to 0: (10 + 8) / 2 = 9%; 2,000,000 × 9% = 180,000, range
            // 2,000,000 × 8% = 160,000 to 2,000,000 × 10% = 200,000
            assertThat(l.revenueForgoneUsd()).isEqualByComparingTo("180000");
            assertThat(l.revenueLowUsd()).isEqualByComparingTo("160000");
            assertThat(l.revenueHighUsd()).isEqualByComparingTo("200000");
        });
        // no US statistics are held: the deficit the US measures is not known, and no share of it is said
        assertThat(o.deficitUsd()).isNull();
        assertThat(o.offers().get(0).ofUsMeasuredDeficit()).isNull();
        // the gap's top as PreferenceGapsTest worked it out: apples 160,000, cattle 20,000, wheat 0; 180,000 in all
        assertThat(o.gap()).extracting(Brief.GapProduct::code).containsExactly("080810", "010229", "100199");
        assertThat(o.gap().get(0).dutyUsd()).isEqualByComparingTo("160000");
        assertThat(o.gapDutyUsd()).isEqualByComparingTo("180000");
        assertThat(o.source()).isEqualTo(1);
        assertThat(o.scheduleSource()).isEqualTo(2);
        assertThat(o.offersSource()).isEqualTo(3);
        assertThat(o.synthetic()).isFalse();
    }

    @Test
    void namingNoOfferPricesEverySavedOneAndWithoutAnyTheGapIsStillGiven(@TempDir Path dir) throws Exception {
        GapFixture.schedule(dir, tariffs);
        GapFixture.statistics(dir, imports, true);

        Brief.Offers none = section.of(request(List.of()), new BriefSources());
        assertThat(none.noOffer()).isTrue();
        assertThat(none.offers()).isEmpty();
        assertThat(none.gap()).hasSize(3);
        assertThat(none.synthetic()).isTrue();

        apples("Apples at zero");
        apples("Apples again");
        assertThat(section.of(request(List.of()), new BriefSources()).offers()).extracting(Brief.OfferLine::name)
                .containsExactly("Apples again", "Apples at zero");
    }

    @Test
    void withoutAScheduleTheSectionSaysSo(@TempDir Path dir) throws Exception {
        GapFixture.statistics(dir, imports, false);
        assertThat(section.of(request(List.of()), new BriefSources()).missing()).isEqualTo("brief.offers.noSchedule");
    }
}
