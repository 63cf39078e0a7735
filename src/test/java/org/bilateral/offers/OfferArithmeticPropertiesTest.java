package org.bilateral.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;
import org.bilateral.shared.HsCode;
import org.bilateral.tariffs.TariffLine;

/** What holds of any subheading's lines and any offer on them: the revenue lies within its range; no cut, no effect. */
class OfferArithmeticPropertiesTest {

    /** Lines 0101.29.01… with the MFN rates given, and the offered rate on the first {@code covered} of them. */
    private static OfferArithmetic.Figures price(List<BigDecimal> mfn, int covered, BigDecimal offered, BigDecimal us, BigDecimal others) {
        List<TariffLine> lines = new ArrayList<>();
        Map<String, BigDecimal> rates = new HashMap<>();
        for (int i = 0; i < mfn.size(); i++) {
            String code = String.format("010129%02d", i + 1);
            lines.add(new TariffLine(HsCode.of(code), mfn.get(i), null, null, null, List.of()));
            if (i < covered) {
                rates.put(code, offered.min(mfn.get(i)));
            }
        }
        OfferArithmetic.Figures f = new OfferArithmetic(lines).product(
                new OfferArithmetic.Held(HsCode.of("010129"), us, others), rates, Elasticities.defaults());
        assertThat(f).isNotNull();
        return f;
    }

    @Property(tries = 300)
    void theRevenueForgoneLiesWithinItsRangeAndTheDiversionWithinTheCompetitorsTrade(
            @ForAll @Size(min = 1, max = 12) List<@BigRange(min = "0", max = "100") @Scale(2) BigDecimal> mfn,
            @ForAll @IntRange(min = 1, max = 12) int covered, @ForAll @BigRange(min = "0", max = "100") @Scale(2) BigDecimal offered,
            @ForAll @BigRange(min = "0", max = "1000000000") @Scale(2) BigDecimal us,
            @ForAll @BigRange(min = "0", max = "1000000000") @Scale(2) BigDecimal others) {
        OfferArithmetic.Figures f = price(mfn, Math.min(covered, mfn.size()), offered, us, others);
        assertThat(f.revenue()).isBetween(f.revenueLow(), f.revenueHigh());
        assertThat(f.revenueLow().signum()).isGreaterThanOrEqualTo(0);
        assertThat(f.created().signum()).isGreaterThanOrEqualTo(0);
        assertThat(f.diverted()).isNotNull();
        assertThat(f.diverted()).isBetween(BigDecimal.ZERO, others);
    }

    @Property(tries = 200)
    void anOfferAtOrAboveEveryLinesRateChangesNothing(
            @ForAll @Size(min = 1, max = 12) List<@BigRange(min = "0", max = "100") @Scale(2) BigDecimal> mfn,
            @ForAll @BigRange(min = "0", max = "1000000000") @Scale(2) BigDecimal us,
            @ForAll @BigRange(min = "0", max = "1000000000") @Scale(2) BigDecimal others) {
        // offered 100%: every line keeps its own rate (a rate above the MFN never raises it)
        OfferArithmetic.Figures f = price(mfn, mfn.size(), new BigDecimal("100"), us, others);
        assertThat(f.revenue().signum()).isZero();
        assertThat(f.revenueHigh().signum()).isZero();
        assertThat(f.created().signum()).isZero();
        assertThat(f.diverted()).isNotNull();
        assertThat(f.diverted().signum()).isZero();
    }
}
