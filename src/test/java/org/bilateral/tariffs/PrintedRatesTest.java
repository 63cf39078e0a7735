package org.bilateral.tariffs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.bilateral.shared.CountryCode;
import org.junit.jupiter.api.Test;

/** Every convention the schedule prints, read from values taken from vietnam-preferential-rates.csv (line and column named). */
class PrintedRatesTest {

    private static BigDecimal pct(String v) {
        return new BigDecimal(v);
    }

    private static Set<CountryCode> codes(String... c) {
        return java.util.Arrays.stream(c).map(CountryCode::new).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void aDecimalCommaAndADecimalPointAreTheSameRate() {
        // 02011000 rcep_d "16,4"; 01012900 vifta "2.9"
        Preference comma = PrintedRates.read(Agreement.RCEP_D, "16,4");
        assertThat(comma.ratePercent()).isEqualByComparingTo("16.4");
        assertThat(comma.highestPercent()).isEqualByComparingTo("16.4");
        assertThat(comma.several()).isFalse();
        Preference point = PrintedRates.read(Agreement.VIFTA, "2.9");
        assertThat(point.ratePercent()).isEqualByComparingTo("2.9");
        assertThat(point.printed()).isEqualTo("2.9");
        assertThat(point.gives()).isTrue();
    }

    @Test
    void aStarIsNotEligibleAndGivesNoRate() {
        // 01031000 vn_eaeu "*"
        Preference star = PrintedRates.read(Agreement.VN_EAEU, "*");
        assertThat(star.notEligible()).isTrue();
        assertThat(star.ratePercent()).isNull();
        assertThat(star.read()).isTrue();
        assertThat(star.gives()).isFalse();
    }

    @Test
    void zeroExceptPartnersNamesThePartnersLeftOutWithOrWithoutSpaces() {
        // 01022911 akfta "0(-KR)"; 23099011 acfta "0 (-PH, TH)"; 03069321 akfta "0(-MY )"; 19021940 akfta "0(-KH, MY, PH, )"
        assertThat(PrintedRates.read(Agreement.AKFTA, "0(-KR)").exceptPartners()).isEqualTo(codes("KR"));
        Preference two = PrintedRates.read(Agreement.ACFTA, "0 (-PH, TH)");
        assertThat(two.ratePercent()).isEqualByComparingTo("0");
        assertThat(two.exceptPartners()).isEqualTo(codes("PH", "TH"));
        assertThat(PrintedRates.read(Agreement.AKFTA, "0(-MY )").exceptPartners()).isEqualTo(codes("MY"));
        assertThat(PrintedRates.read(Agreement.AKFTA, "0(-KH, MY, PH, )").exceptPartners()).isEqualTo(codes("KH", "MY", "PH"));
        // 84182900 acfta "15 (-BN)": a rate other than zero, except Brunei
        Preference fifteen = PrintedRates.read(Agreement.ACFTA, "15 (-BN)");
        assertThat(fifteen.ratePercent()).isEqualByComparingTo("15");
        assertThat(fifteen.exceptPartners()).isEqualTo(codes("BN"));
    }

    @Test
    void theCptppRateForMexicoIsAPartnerRate() {
        // 02031100 cptpp "2,7; M: 5,4"
        Preference p = PrintedRates.read(Agreement.CPTPP, "2,7; M: 5,4");
        assertThat(p.ratePercent()).isEqualByComparingTo("2.7");
        assertThat(p.partnerRates()).containsOnlyKeys(new CountryCode("MX"));
        assertThat(p.partnerRates().get(new CountryCode("MX"))).isEqualByComparingTo("5.4");
        // 02072400 cptpp "10; M: 13,3"
        assertThat(PrintedRates.read(Agreement.CPTPP, "10; M: 13,3").partnerRates().get(new CountryCode("MX"))).isEqualByComparingTo("13.3");
        // "M:" is stated for the CPTPP column only: elsewhere it is kept as printed, unread
        Preference elsewhere = PrintedRates.read(Agreement.EVFTA, "2,7; M: 5,4");
        assertThat(elsewhere.read()).isFalse();
        assertThat(elsewhere.ratePercent()).isNull();
        assertThat(elsewhere.printed()).isEqualTo("2,7; M: 5,4");
    }

    @Test
    void severalRatesGiveTheLowestAndTheHighest() {
        // 15089000 evfta "1,8/9": rate 1.8, highest 9
        Preference split = PrintedRates.read(Agreement.EVFTA, "1,8/9");
        assertThat(split.ratePercent()).isEqualByComparingTo("1.8");
        assertThat(split.highestPercent()).isEqualByComparingTo("9");
        assertThat(split.several()).isTrue();
        // 40117000 rcep_a "7,5/10/7,5/10"
        Preference four = PrintedRates.read(Agreement.RCEP_A, "7,5/10/7,5/10");
        assertThat(four.ratePercent()).isEqualByComparingTo("7.5");
        assertThat(four.highestPercent()).isEqualByComparingTo("10");
        // 87082230 cptpp "0/1,8/0/1,8; M: 0/2,7/0/2,7": 0 to 1.8; Mexico's lowest part 0
        Preference cptpp = PrintedRates.read(Agreement.CPTPP, "0/1,8/0/1,8; M: 0/2,7/0/2,7");
        assertThat(cptpp.ratePercent()).isEqualByComparingTo("0");
        assertThat(cptpp.highestPercent()).isEqualByComparingTo("1.8");
        assertThat(cptpp.partnerRates().get(new CountryCode("MX"))).isEqualByComparingTo("0");
        // 12119015 akfta "0(-KH, MY)/0(-KH, MY)/0(-LA, KR)": the partners left out of any part
        assertThat(PrintedRates.read(Agreement.AKFTA, "0(-KH, MY)/0(-KH, MY)/0(-LA, KR)").exceptPartners())
                .isEqualTo(codes("KH", "MY", "LA", "KR"));
    }

    @Test
    void aSplitWithAStarPartGivesTheRateOfTheEligiblePartAndOnlyAllStarsIsNotEligible() {
        // 03061491 vifta "*/0"; 85249100 vn_eaeu "0/*/*"
        Preference starFirst = PrintedRates.read(Agreement.VIFTA, "*/0");
        assertThat(starFirst.notEligible()).isFalse();
        assertThat(starFirst.ratePercent()).isEqualByComparingTo("0");
        assertThat(PrintedRates.read(Agreement.VN_EAEU, "0/*/*").ratePercent()).isEqualByComparingTo("0");
        assertThat(PrintedRates.read(Agreement.VN_EAEU, "*/*").notEligible()).isTrue();
    }

    @Test
    void qIsKeptAsPrintedWithNoRateNeverAsZero() {
        // 04072100 vn_eaeu "Q": the source does not explain it
        Preference q = PrintedRates.read(Agreement.VN_EAEU, "Q");
        assertThat(q.printed()).isEqualTo("Q");
        assertThat(q.ratePercent()).isNull();
        assertThat(q.highestPercent()).isNull();
        assertThat(q.notEligible()).isFalse();
        assertThat(q.read()).isFalse();
        assertThat(q.gives()).isFalse();
        assertThat(q.unexplainedMark()).isTrue();
    }

    @Test
    void aQuotaRateGivesTheInQuotaRateAndTheOutOfQuotaRateAsHighest() {
        // 17011200 aanzfta "0 (NHN: 50)"
        Preference quota = PrintedRates.read(Agreement.AANZFTA, "0 (NHN: 50)");
        assertThat(quota.ratePercent()).isEqualByComparingTo("0");
        assertThat(quota.highestPercent()).isEqualByComparingTo("50");
    }

    @Test
    void theGicMarkIsReadForItsRateAndSaidUnexplained() {
        // 42021211 akfta "0(-MM)(GIC)"
        Preference gic = PrintedRates.read(Agreement.AKFTA, "0(-MM)(GIC)");
        assertThat(gic.ratePercent()).isEqualByComparingTo("0");
        assertThat(gic.exceptPartners()).isEqualTo(codes("MM"));
        assertThat(gic.unexplainedMark()).isTrue();
        assertThat(PrintedRates.read(Agreement.AKFTA, "0(-MM)").unexplainedMark()).isFalse();
    }

    @Test
    void aNegativeOrEmptyPreferentialValueIsAProblemAndTextIsNot() {
        assertThat(PrintedRates.problem("-5").key()).isEqualTo("refusal.tariffs.negative");
        assertThat(PrintedRates.problem("0/-2").key()).isEqualTo("refusal.tariffs.negative");
        assertThat(PrintedRates.problem(" ").key()).isEqualTo("refusal.tariffs.empty");
        assertThat(PrintedRates.problem("Q")).isNull();
        assertThat(PrintedRates.problem("0(-KR)")).isNull();
    }

    @Test
    void aRequiredNumberIsReadWithEitherDecimalMarkAndRefusedOtherwise() {
        assertThat(PrintedRates.number("2,9")).isEqualByComparingTo("2.9");
        assertThat(PrintedRates.number("37.5")).isEqualByComparingTo("37.5");
        assertThatThrownBy(() -> PrintedRates.number("-1")).isInstanceOfSatisfying(PrintedRates.NotARate.class,
                e -> assertThat(e.why().key()).isEqualTo("refusal.tariffs.negative"));
        assertThatThrownBy(() -> PrintedRates.number("150% thuế MFN")).isInstanceOfSatisfying(PrintedRates.NotARate.class,
                e -> assertThat(e.why().key()).isEqualTo("refusal.tariffs.notANumber"));
    }

    @Test
    void thePartnerRatesAndExceptionsAreEmptyForAPlainRate() {
        Preference p = PrintedRates.read(Agreement.ATIGA, "0");
        assertThat(p.exceptPartners()).isEmpty();
        assertThat(p.partnerRates()).isEqualTo(Map.of());
        assertThat(p.ratePercent()).isEqualByComparingTo(pct("0"));
    }
}
