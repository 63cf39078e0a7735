package org.bilateral.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.bilateral.policy.measures.ReciprocalRate;
import org.bilateral.policy.measures.TariffAction;
import org.bilateral.shared.CountryCode;
import org.junit.jupiter.api.Test;

/** Where a partner's rate stands in Annex I, and what the tariff figures say they leave out. */
class AnnexStandingTest {

    private static ReciprocalRate line(String name, String country, String printed, String percent) {
        return new ReciprocalRate(name, country == null ? List.of() : List.of(CountryCode.of(country)), printed,
                percent == null ? null : new BigDecimal(percent));
    }

    private static final List<ReciprocalRate> ANNEX = List.of(
            line("Vietnam", "VN", "20%", "20"),
            line("Thailand", "TH", "19%", "19"),
            line("Cambodia", "KH", "19%", "19"),
            line("India", "IN", "25%", "25"),
            line("Laos", "LA", "20%", "20"),
            line("Atlantis", null, "15% minus Column 1 Duty Rate", null));

    @Test
    void aPartnersRateIsCountedAgainstTheOtherLinesThatPrintOne() {
        TariffStakes.Rates vn = AnnexStanding.of(CountryCode.of("VN"), ANNEX);
        assertThat(vn.partnerRate()).isEqualTo("20%");
        // of the four other lines printing a percent: 19 (TH) and 19 (KH) lower, 20 (LA) the same, 25 (IN) higher;
        // Atlantis prints a formula and names no country, so it is shown as unmatched and compared with nothing
        assertThat(vn.lower()).isEqualTo(2);
        assertThat(vn.same()).isEqualTo(1);
        assertThat(vn.higher()).isEqualTo(1);
        assertThat(vn.unmatched()).containsExactly("Atlantis");
        assertThat(vn.otherOrders()).isFalse();
    }

    @Test
    void aPartnerOutsideTheAnnexIsAtItsDefaultOrChargedUnderOtherOrders() {
        TariffStakes.Rates cn = AnnexStanding.of(CountryCode.of("CN"), ANNEX);
        assertThat(cn.partnerRate()).isEqualTo(TariffStakes.OTHER_ORDERS);
        assertThat(cn.otherOrders()).isTrue();
        assertThat(cn.lower() + cn.same() + cn.higher()).isZero();
        TariffStakes.Rates br = AnnexStanding.of(CountryCode.of("BR"), ANNEX);
        assertThat(br.partnerRate()).isEqualTo(TariffStakes.NOT_IN_ANNEX);
        assertThat(br.otherOrders()).isFalse();
    }

    @Test
    void tariffCaveatsNameTheRateOnTransshippedGoodsWithItsEnd() {
        BigDecimal forty = new BigDecimal("40");
        List<TariffAction> actions = List.of(
                new TariffAction(LocalDate.parse("2025-08-07"), forty, "articles determined to have been transshipped", "EO 14326",
                        null, null, TariffAction.Kind.of(forty, "articles determined to have been transshipped")),
                new TariffAction(LocalDate.parse("2026-02-20"), BigDecimal.ZERO, "all articles (IEEPA duties ended)", "ruling",
                        null, null, TariffAction.Kind.of(BigDecimal.ZERO, "all articles (IEEPA duties ended)")));
        // the 40% ends when all goods go back to no additional duty
        assertThat(TariffCaveats.transshipped(actions)).isEqualTo(" (40% from 2025-08-07 until 2026-02-20)");
        assertThat(TariffCaveats.ofStakes(CountryCode.of("US"), CountryCode.of("VN"), actions, RatePath.of(actions), null, true, true,
                false)).contains("No US import statistics from VN are imported: no duties are estimated.");
    }
}
