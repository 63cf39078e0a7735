package org.bilateral.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bilateral.shared.Changes;
import org.bilateral.shared.Changes.Change;
import org.bilateral.shared.Changes.Kind;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.LastBrief;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The first page's use case: the moment, every module asked, groups in order, the threshold on watched products. */
class WhatChangedTest {

    private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");
    private static final Instant BRIEF = Instant.parse("2026-11-20T08:30:00Z");

    /** A module that answers the changes it was given, and remembers the moments it was asked about. */
    private static final class Module implements Changes {
        final List<Instant> asked = new ArrayList<>();
        final List<Change> answers;

        Module(Change... answers) {
            this.answers = List.of(answers);
        }

        @Override
        public List<Change> since(Instant since) {
            asked.add(since);
            return answers;
        }
    }

    private static Change change(Kind kind, String at, @Nullable String movement) {
        return new Change(kind, Instant.parse(at), Said.of("since.undated"), "/x", kind == Kind.WATCHED_PRODUCT ? HsCode.of("850440") : null,
                movement == null ? null : new BigDecimal(movement), "", false);
    }

    private static WhatChanged of(Optional<LastBrief> brief, Changes... modules) {
        return new WhatChanged(List.of(modules), brief, "VN", "US");
    }

    @Test
    void everyModuleIsAskedSinceThePairsLastBriefAndItsChangesGroupedInTheOrderOfKinds() {
        Module deals = new Module(change(Kind.DEAL, "2026-12-01T00:00:00Z", null));
        Module statistics = new Module(change(Kind.STATISTICS, "2026-11-30T00:00:00Z", null),
                change(Kind.STATISTICS, "2026-12-02T00:00:00Z", null));
        LastBrief brief = (a, b) -> a.equals(CountryCode.of("VN")) && b.equals(CountryCode.of("US")) ? Optional.of(BRIEF) : Optional.empty();

        WhatChanged.Report report = of(Optional.of(brief), deals, statistics).since(WhatChanged.Asked.of(null, null), NOW);

        assertThat(report.since()).isEqualTo(BRIEF);
        assertThat(report.from()).isEqualTo(WhatChanged.From.BRIEF);
        assertThat(deals.asked).containsExactly(BRIEF);
        assertThat(report.groups()).extracting(WhatChanged.Group::kind).containsExactly(Kind.values());
        // newest first within a kind
        assertThat(report.groups().get(0).changes()).extracting(Change::at)
                .containsExactly(Instant.parse("2026-12-02T00:00:00Z"), Instant.parse("2026-11-30T00:00:00Z"));
        assertThat(report.groups().get(Kind.DEAL.ordinal()).changes()).hasSize(1);
        assertThat(report.groups().get(Kind.PRESS.ordinal()).changes()).isEmpty();
        assertThat(report.count()).isEqualTo(3);
    }

    @Test
    void withoutABriefThePageLooksBackThirtyDaysAndADayChosenStartsAtItsMidnight() {
        Module any = new Module();
        WhatChanged changes = of(Optional.empty(), any);

        WhatChanged.Report month = changes.since(WhatChanged.Asked.of("", ""), NOW);
        assertThat(month.since()).isEqualTo(Instant.parse("2026-11-06T09:00:00Z")); // 6 December 09:00 less 30 days
        assertThat(month.from()).isEqualTo(WhatChanged.From.MONTH);

        WhatChanged.Report chosen = changes.since(WhatChanged.Asked.of("2026-10-01", null), NOW);
        assertThat(chosen.since()).isEqualTo(LocalDate.of(2026, 10, 1).atStartOfDay(ZoneId.systemDefault()).toInstant());
        assertThat(chosen.from()).isEqualTo(WhatChanged.From.CHOSEN);
        assertThat(chosen.chosen()).isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void watchedProductsAreListedOnlyWhenTheyMovedByTheThresholdOrMoreEitherWay() {
        Module risk = new Module(change(Kind.WATCHED_PRODUCT, "2026-12-01T00:00:00Z", "0.2000"),
                change(Kind.WATCHED_PRODUCT, "2026-12-01T00:00:01Z", "-0.2500"),
                change(Kind.WATCHED_PRODUCT, "2026-12-01T00:00:02Z", "0.1999"),
                change(Kind.WATCHED_PRODUCT, "2026-12-01T00:00:03Z", null));
        WhatChanged changes = of(Optional.empty(), risk);

        // the default 20%: +20.00% and −25.00% reach it, +19.99% does not, a movement not known never does
        assertThat(changes.since(WhatChanged.Asked.of("2026-10-01", null), NOW).groups().get(Kind.WATCHED_PRODUCT.ordinal()).changes())
                .extracting(Change::movement).containsExactly(new BigDecimal("-0.2500"), new BigDecimal("0.2000"));
        // 0%: every movement known
        assertThat(changes.since(WhatChanged.Asked.of("2026-10-01", "0"), NOW).groups().get(Kind.WATCHED_PRODUCT.ordinal()).changes())
                .hasSize(3);
        // 25,5% written the Vietnamese way is 25.5%: |−0.25| < 0.255, so none reaches it
        assertThat(changes.since(WhatChanged.Asked.of("2026-10-01", "25,5"), NOW).groups().get(Kind.WATCHED_PRODUCT.ordinal()).changes())
                .isEmpty();
    }

    @Test
    void aDayThatIsNotADayAndAThresholdThatIsNoNumberOrOutOfRangeAreRefusedByTheFieldsName() {
        assertThatThrownBy(() -> WhatChanged.Asked.of("2026-02-30", null)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("since").hasMessageContaining("\"2026-02-30\" is not a day");
        assertThatThrownBy(() -> WhatChanged.Asked.of(null, "twenty")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("threshold").hasMessageContaining("\"twenty\" is not a number");
        assertThatThrownBy(() -> WhatChanged.Asked.of(null, "1000.1")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("threshold").hasMessageContaining("1000.1% is out of range: the threshold is 0 to 1000%");
        assertThatThrownBy(() -> WhatChanged.Asked.of(null, "-5")).isInstanceOf(InvalidInput.class).hasMessageContaining("threshold");
        assertThat(WhatChanged.Asked.of(null, "1000").thresholdPercent()).isEqualByComparingTo("1000");
        assertThat(WhatChanged.Asked.of(null, null).thresholdPercent()).isEqualByComparingTo("20");
    }

    @Test
    void aModuleThatCannotAnswerNowLeavesTheOthersLinesAndIsSaidMissing() {
        Module deals = new Module(change(Kind.DEAL, "2026-12-01T00:00:00Z", null));
        Changes rebuilding = since -> {
            throw new org.bilateral.shared.Unavailable(Said.of("refusal.tradestats.rebuilding", "2026-12-06 08:55"));
        };
        Changes broken = since -> {
            throw new IllegalStateException("a bug");
        };

        WhatChanged.Report report = of(Optional.empty(), rebuilding, deals, broken).since(WhatChanged.Asked.of(null, null), NOW);

        assertThat(report.count()).isEqualTo(1);
        assertThat(report.unanswered()).extracting(Said::key).containsExactly("refusal.tradestats.rebuilding", "since.unanswered");
    }
}
