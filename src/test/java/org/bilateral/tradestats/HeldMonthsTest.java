package org.bilateral.tradestats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bilateral.shared.Granularity;
import org.bilateral.shared.Period;
import org.junit.jupiter.api.Test;

/** HeldMonths with the Cover, Bucket and Earlier it gives: which months two flows hold alike. */
class HeldMonthsTest {

    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);

    /** Exports held 2024-01 to 2025-06, imports 2024-01 to 2025-08: the usual Census staggering. */
    private static HeldMonths staggered() {
        return new HeldMonths(Map.of("X", months(YearMonth.of(2024, 1), YearMonth.of(2025, 6)),
                "M", months(YearMonth.of(2024, 1), YearMonth.of(2025, 8))), Map.of());
    }

    private static Set<YearMonth> months(YearMonth first, YearMonth last) {
        Set<YearMonth> months = new TreeSet<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    @Test
    void yearToDateEndsAtTheLatestMonthBothFlowsHold() {
        // exports end in June, imports in August: the earlier of the two
        assertThat(staggered().latestCommon()).contains(YearMonth.of(2025, 6));
    }

    @Test
    void aPartYearHoldsOnlyTheMonthsBothFlowsHoldAndIsNotReadAsAWholeYear() {
        Cover cover = staggered().cover(Period.year(2025), true);
        assertThat(cover).isNotNull();
        // 2025: exports Jan–Jun ∩ imports Jan–Aug = Jan–Jun, 6 months of 12, so summed from months
        assertThat(cover.months()).hasSize(6);
        assertThat(cover.readYear()).isFalse();
        assertThat(cover.mixed()).isFalse();
        assertThat(cover.held()).isEqualTo(new Period(YearMonth.of(2025, 1), YearMonth.of(2025, 6)));
        // 2024: both hold all 12 months, so the year's own totals are read
        assertThat(staggered().cover(Period.year(2024), true).readYear()).isTrue();
        assertThat(staggered().cover(Period.year(2023), true)).isNull();
    }

    @Test
    void aPartYearIsShownWithItsMonthsAndComparedWithTheSameMonthsAYearEarlier() {
        List<Bucket> buckets = staggered().buckets(Granularity.YEAR, 12, FROM, TO);
        assertThat(buckets).extracting(Bucket::period).containsExactly("2024", "2025");
        Bucket y2025 = buckets.get(1);
        assertThat(y2025.partial()).isTrue();
        assertThat(y2025.shown()).isEqualTo("2025 (Jan–Jun)");
        Earlier earlier = staggered().earlier(Granularity.YEAR, y2025);
        // Jan–Jun 2025 against Jan–Jun 2024, month by month, never against the whole of 2024
        assertThat(earlier.blank()).isNull();
        assertThat(earlier.cover().months()).containsExactly(YearMonth.of(2024, 1), YearMonth.of(2024, 2),
                YearMonth.of(2024, 3), YearMonth.of(2024, 4), YearMonth.of(2024, 5), YearMonth.of(2024, 6));
        assertThat(earlier.cover().readYear()).isFalse();
    }

    @Test
    void theFirstYearHeldHasNoEarlierStatisticsToCompareWith() {
        Bucket y2024 = staggered().buckets(Granularity.YEAR, 12, FROM, TO).get(0);
        assertThat(y2024.partial()).isFalse();
        assertThat(y2024.shown()).isEqualTo("2024");
        assertThat(staggered().earlier(Granularity.YEAR, y2024).blank()).isEqualTo(Balance.ChangeBlank.NO_EARLIER_STATISTICS);
    }

    @Test
    void yearToDateSaysItsMonths() {
        List<Bucket> buckets = staggered().buckets(Granularity.YTD, 6, FROM, TO);
        // each year's January–June: whole (6 of 6 months held) yet said with its months, as it is not a calendar year
        assertThat(buckets).extracting(Bucket::shown).containsExactly("2024 (Jan–Jun)", "2025 (Jan–Jun)");
        assertThat(buckets.get(1).partial()).isFalse();
    }

    @Test
    void aFlowHeldOnlyAsAWholeYearBesideSomeMonthsIsNotLikeForLike() {
        HeldMonths mixed = new HeldMonths(Map.of("M", months(YearMonth.of(2023, 1), YearMonth.of(2023, 3))),
                Map.of("X", Set.of(2023)));
        Cover cover = mixed.cover(Period.year(2023), true);
        // imports hold Jan–Mar, exports only the whole year: 3 months, read from the year, and mixed
        assertThat(cover.months()).hasSize(3);
        assertThat(cover.readYear()).isTrue();
        assertThat(cover.mixed()).isTrue();
        Bucket bucket = new Bucket(Granularity.YEAR, Period.year(2023), cover);
        assertThat(bucket.partial()).isTrue();
        assertThat(mixed.earlier(Granularity.YEAR, bucket).blank()).isEqualTo(Balance.ChangeBlank.FLOWS_NOT_LIKE_FOR_LIKE);
        assertThat(mixed.wholeOnly(2023)).isTrue();
    }

    @Test
    void theLatestYearIsTheLatestBothFlowsHoldSomeMonthOf() {
        assertThat(staggered().latestYear()).contains(2025);
        assertThat(new HeldMonths(Map.of(), Map.of()).latestYear()).isEmpty();
    }
}
