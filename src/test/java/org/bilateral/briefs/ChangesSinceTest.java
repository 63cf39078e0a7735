package org.bilateral.briefs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a brief says changed since the pair's previous one, from what each held, on records written by hand. */
class ChangesSinceTest {

    static Brief.HeldDeal held(long id, String stage, boolean counted, String low, String high) {
        return new Brief.HeldDeal(id, "D" + id, stage, counted, low == null ? null : new BigDecimal(low), high == null ? null : new BigDecimal(high));
    }

    static Brief.HeldAsk ask(long number, String status, Brief.HeldPosition... positions) {
        return new Brief.HeldAsk(number, status, List.of(positions));
    }

    static Brief.HeldPosition said(String day, String where, String who) {
        return new Brief.HeldPosition(LocalDate.parse(day), where, who);
    }

    static Brief brief(LocalDate forDate, Brief.Held held, YearMonth asOf, String headline) {
        Brief b = BriefSamples.full(BriefLanguage.EN, false);
        BriefRequest r = new BriefRequest(BriefSamples.VN, BriefSamples.US, forDate, forDate.minusMonths(3), null, BriefLanguage.EN);
        Brief.Balance balance = headline == null ? null : new Brief.Balance(null, 2024, List.of(new Brief.Side(BriefSamples.US,
                BriefSamples.VN, "2024", 12, BigDecimal.ONE, BigDecimal.ONE, new BigDecimal(headline), null, null, null, 1)), List.of(), null,
                BriefSamples.US, List.of(), List.of(), List.of());
        return new Brief(r, Instant.parse(forDate + "T00:00:00Z"), asOf, false, balance, b.commitments(), b.engagements(), b.asks(),
                b.risks(), null, b.sources(), held);
    }

    @Test
    void dealsNewlyCountedAddUpAndAChangedStageOrValueIsSaidOnce() {
        Brief.Held then = new Brief.Held(List.of(held(1, "MOU", true, "12000", null), held(2, "MOU", true, "45.5", "45.5"),
                held(3, "MOU", false, "7", "7")), List.of());
        Brief.Held now = new Brief.Held(List.of(held(1, "CONTRACT", true, "13000", null), held(2, "CANCELLED", false, "45.5", "45.5"),
                held(3, "MOU", true, "7", "7"), held(4, "MOU", true, "300", "380"), held(5, "MOU", true, null, null),
                held(6, "ANNOUNCED", false, null, null)), List.of());
        DealChanges c = DealChanges.between(then, now);
        // newly counted: 3 (counted now, not then), 4 and 5 (new); low 7 + 300 + 0 = 307, high 7 + 380 + 0 = 387
        assertThat(c.counted()).extracting(Brief.NewDeal::id).containsExactly(3L, 4L, 5L);
        assertThat(c.countedLowUsd()).isEqualByComparingTo("307");
        assertThat(c.countedHighUsd()).isEqualByComparingTo("387");
        // changed: 1 (MOU → contract, 12,000 → 13,000), 2 (cancelled), 6 (new and not counted, said as new)
        assertThat(c.changed()).extracting(Brief.DealChange::id, Brief.DealChange::from, Brief.DealChange::to)
                .containsExactly(tuple(1L, "MOU", "CONTRACT"), tuple(2L, "MOU", "CANCELLED"), tuple(6L, null, "ANNOUNCED"));
        assertThat(c.changed().get(0).valueChanged()).isTrue();
        assertThat(c.changed().get(1).valueChanged()).isFalse();
        // no longer counted: 2, with its value then
        assertThat(c.uncounted()).extracting(Brief.NewDeal::id).containsExactly(2L);
        assertThat(c.uncounted().get(0).lowUsd()).isEqualByComparingTo("45.5");
    }

    @Test
    void anAsksNewStatusAndItsPositionsNotHeldThenAreSaidInTheOrderTheyWereTaken() {
        Brief.Held then = new Brief.Held(List.of(), List.of(ask(1, "RAISED", said("2025-03-09", "Hà Nội", "Diên"))));
        Brief.Held now = new Brief.Held(List.of(), List.of(
                ask(1, "UNDER_DISCUSSION", said("2025-03-09", "Hà Nội", "Diên"), said("2025-08-20", "Hà Nội", "Sơn")),
                ask(2, "RAISED", said("2025-07-01", "Washington", "Greer"))));
        ChangesSince.AskChanges c = ChangesSince.AskChanges.between(then, now);
        assertThat(c.statuses()).extracting(Brief.AskChange::number, Brief.AskChange::from, Brief.AskChange::to)
                .containsExactly(tuple(1L, "RAISED", "UNDER_DISCUSSION"), tuple(2L, null, "RAISED"));
        assertThat(c.positions()).extracting(Brief.NewPosition::ask, Brief.NewPosition::saidOn, Brief.NewPosition::who)
                .containsExactly(tuple(2L, LocalDate.of(2025, 7, 1), "Greer"), tuple(1L, LocalDate.of(2025, 8, 20), "Sơn"));
    }

    @Test
    void theChangesNameThePreviousBriefTheHeadlineThenAndNowTheMonthsAndTheMerges() {
        Brief.Held held = new Brief.Held(List.of(held(1, "MOU", true, "10", "10")), List.of());
        Brief previous = brief(LocalDate.of(2025, 6, 1), held, YearMonth.of(2025, 3), "-1080");
        Brief now = brief(LocalDate.of(2025, 9, 1), held, YearMonth.of(2025, 4), "-1200");
        Brief.Merge merge = new Brief.Merge("person", "Bộ trưởng Diên", "Nguyễn Hồng Diên", true, Instant.parse("2025-07-01T00:00:00Z"));
        Brief.Changes c = ChangesSince.with(now, 41, previous, List.of(merge)).changes();
        assertThat(c.previousBrief()).isEqualTo(41);
        assertThat(c.previousFor()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(c.previousBalance()).isEqualByComparingTo("-1080");
        assertThat(c.balance()).isEqualByComparingTo("-1200");
        assertThat(c.compared()).isTrue();
        assertThat(c.merges()).containsExactly(merge);
        assertThat(c.previousMonth()).isEqualTo(YearMonth.of(2025, 3));
        assertThat(c.month()).isEqualTo(YearMonth.of(2025, 4));
        assertThat(c.deals()).isEmpty();
        assertThat(c.newEngagements()).as("the same engagements then and now").isEmpty();
        assertThat(c.none()).as("the month moved").isFalse();
    }

    @Test
    void aPreviousBriefThatKeptNothingIsComparedByWhatItShowedAndItsMergesAreNotJudged() {
        Brief previous = brief(LocalDate.of(2025, 6, 1), null, YearMonth.of(2025, 3), null);
        Brief shown = BriefSamples.full(BriefLanguage.EN, false);
        Brief.AskLine line = shown.asks().lines().get(0);
        Brief.AskLine discussed = new Brief.AskLine(line.number(), line.side(), line.addressee(), line.topic(), line.statement(),
                "UNDER_DISCUSSION", line.latestOn(), line.latestWho(), line.latestWhere(), line.stake(), line.source());
        Brief now = new Brief(shown.request(), shown.preparedAt(), YearMonth.of(2025, 3), false, null, shown.commitments(),
                shown.engagements(), new Brief.Asks(null, List.of(discussed)), null, null, shown.sources(), shown.held());
        Brief.Merge merge = new Brief.Merge("person", "a", "b", true, Instant.EPOCH);
        Brief.Changes c = ChangesSince.with(now, 7, previous, List.of(merge)).changes();
        assertThat(c.compared()).isNull();
        assertThat(c.merges()).isEmpty();
        assertThat(c.asks()).extracting(Brief.AskChange::from, Brief.AskChange::to).containsExactly(tuple("RAISED", "UNDER_DISCUSSION"));
        assertThat(c.deals()).as("the deal that moved is shown at the same stage").isEmpty();
        assertThat(c.previousBalance()).isNull();
    }

    @Test
    void theHeadlineIsTheFirstSidesBalanceAndNoneWithoutTheSection() {
        assertThat(ChangesSince.headline(BriefSamples.full(BriefLanguage.VI, false))).isEqualByComparingTo("-1080");
        assertThat(ChangesSince.headline(brief(LocalDate.of(2025, 6, 1), null, null, null))).isNull();
    }
}
