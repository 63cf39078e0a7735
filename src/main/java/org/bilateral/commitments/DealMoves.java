package org.bilateral.commitments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bilateral.shared.ChangeWords;
import org.bilateral.shared.Changes;
import org.bilateral.shared.DealId;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The deals' part of "what changed": deals that entered the register since the moment, deals whose stage moved (the
 * stage {@link StageHistory} makes of the history then and now differs), and deals reported at a new value.
 */
@Component
class DealMoves implements Changes {

    private final DealMovesStore store;

    DealMoves(DealMovesStore store) {
        this.store = store;
    }

    @Override
    public List<Change> since(Instant since) {
        List<Change> changes = new ArrayList<>();
        Map<Long, List<DealMovesStore.StageRow>> stages = new LinkedHashMap<>();
        store.stagesOfMoved(since).forEach(r -> stages.computeIfAbsent(r.deal(), d -> new ArrayList<>()).add(r));
        List<Long> entered = new ArrayList<>();
        stages.forEach((deal, rows) -> {
            DealMovesStore.StageRow first = rows.get(0);
            Instant at = rows.stream().map(DealMovesStore.StageRow::at).filter(Objects::nonNull).max(Instant::compareTo).orElseThrow();
            List<Deal.StageEvent> before = rows.stream().filter(r -> !after(r.at(), since)).map(DealMoves::event).toList();
            DealStage now = StageHistory.current(rows.stream().map(DealMoves::event).toList());
            String id = new DealId(deal).toString();
            String href = "/deals/" + deal;
            if (first.created().isAfter(since)) {
                entered.add(deal);
                changes.add(new Change(Kind.DEAL, at, Said.of("since.deal.entered", id, first.item(), Said.of("stage." + now.name())),
                        href, null, null, first.item() + " " + now.code(), false));
            } else if (!before.isEmpty() && StageHistory.current(before) != now) {
                DealStage was = StageHistory.current(before);
                changes.add(new Change(Kind.DEAL, at, Said.of("since.deal.stage", id, first.item(), Said.of("stage." + now.name()),
                        Said.of("stage." + was.name())), href, null, null, first.item() + " " + now.code(), false));
            }
        });
        Map<Long, List<DealMovesStore.ValueRow>> values = new LinkedHashMap<>();
        store.valuesOfMoved(since).forEach(r -> values.computeIfAbsent(r.deal(), d -> new ArrayList<>()).add(r));
        values.forEach((deal, rows) -> {
            if (entered.contains(deal)) {
                return; // a deal that entered since says so, at its stage; its first value is part of its entry
            }
            DealMovesStore.ValueRow last = rows.get(rows.size() - 1);
            DealMovesStore.ValueRow was = rows.stream().filter(r -> !r.at().isAfter(since)).reduce((a, b) -> b).orElse(null);
            String id = new DealId(deal).toString();
            if (was == null) {
                changes.add(new Change(Kind.DEAL, last.at(), Said.of("since.deal.firstValue", id, last.item(), range(last)),
                        "/deals/" + deal, null, null, last.item(), false));
            } else if (!same(was.low(), last.low()) || !same(was.high(), last.high())) {
                BigDecimal before = Objects.requireNonNull(was.low());
                BigDecimal movement = before.signum() == 0 ? null
                        : Objects.requireNonNull(last.low()).subtract(before).divide(before, 4, java.math.RoundingMode.HALF_EVEN);
                changes.add(new Change(Kind.DEAL, last.at(), Said.of("since.deal.value", id, last.item(), range(last), range(was)),
                        "/deals/" + deal, null, movement, last.item(), false));
            }
        });
        changes.sort(Comparator.comparing(Change::at).reversed());
        return changes;
    }

    private static boolean after(@Nullable Instant at, Instant since) {
        return at != null && at.isAfter(since);
    }

    private static Deal.StageEvent event(DealMovesStore.StageRow r) {
        return new Deal.StageEvent(r.stage(), r.happened(), null, null);
    }

    private static boolean same(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** A reported value: one amount, or low – high. */
    private static Said range(DealMovesStore.ValueRow r) {
        BigDecimal low = Objects.requireNonNull(r.low());
        BigDecimal high = r.high();
        return high == null || high.compareTo(low) == 0 ? ChangeWords.usd(low)
                : Said.of("since.usdRange", ChangeWords.usd(low), ChangeWords.usd(high));
    }
}
