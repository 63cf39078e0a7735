package org.bilateral.tariffs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.bilateral.shared.HsCode;
import org.junit.jupiter.api.Test;

/** A line's best preference: the lowest eligible numeric rate, and every agreement that gives it. */
class TariffLineTest {

    private static TariffLine line(String mfn, Preference... preferences) {
        return new TariffLine(new HsCode("02071400"), mfn == null ? null : new BigDecimal(mfn), mfn == null ? "Chương 98" : null, null,
                null, List.of(preferences));
    }

    @Test
    void theBestPreferenceIsTheLowestEligibleRateWithEveryAgreementGivingIt() {
        // ACFTA 5, ATIGA 0, CPTPP 0 (Mexico 4), EVFTA "*", VN-EAEU "Q", AKFTA 0 except Korea's goods: the lowest is 0,
        // given by ATIGA, AKFTA and CPTPP (in Agreement order); "*" and "Q" give nothing
        TariffLine l = line("20", PrintedRates.read(Agreement.ACFTA, "5"), PrintedRates.read(Agreement.ATIGA, "0"),
                PrintedRates.read(Agreement.AKFTA, "0(-KR)"), PrintedRates.read(Agreement.VN_EAEU, "Q"),
                PrintedRates.read(Agreement.CPTPP, "0; M: 4"), PrintedRates.read(Agreement.EVFTA, "*"));
        BestPreference best = l.best().orElseThrow();
        assertThat(best.ratePercent()).isEqualByComparingTo("0");
        assertThat(best.agreements()).containsExactly(Agreement.ATIGA, Agreement.AKFTA, Agreement.CPTPP);
        assertThat(l.priced()).isTrue();
    }

    @Test
    void aSplitLineCountsItsLowestRate() {
        // EVFTA "1,8/9" gives 1.8, below ACFTA's 2.5
        TariffLine l = line("10", PrintedRates.read(Agreement.ACFTA, "2,5"), PrintedRates.read(Agreement.EVFTA, "1,8/9"));
        assertThat(l.best().orElseThrow().ratePercent()).isEqualByComparingTo("1.8");
        assertThat(l.best().orElseThrow().agreements()).containsExactly(Agreement.EVFTA);
    }

    @Test
    void noEligibleNumericRateIsNoBestPreferenceAndAnUnpricedLineSaysSo() {
        TariffLine l = line(null, PrintedRates.read(Agreement.EVFTA, "*"), PrintedRates.read(Agreement.VN_EAEU, "Q"));
        assertThat(l.best()).isEmpty();
        assertThat(l.priced()).isFalse();
        assertThat(l.mfnText()).isEqualTo("Chương 98");
    }

    @Test
    void aLineIsWrittenWithTheSchedulesDots() {
        assertThat(line("0").dotted()).isEqualTo("0207.14.00");
    }
}
