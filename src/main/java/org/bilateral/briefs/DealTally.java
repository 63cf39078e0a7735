package org.bilateral.briefs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bilateral.commitments.DealStage;
import org.jspecify.annotations.Nullable;

/**
 * The pair's deals added up as the brief gives them: the counted deals by stage with their values' ends (a deal without
 * a value adds nothing), and the deals that reached a stage between the brief's start date and its date.
 */
final class DealTally {

    /** The counted deals by stage, in the stages' order, and their total. */
    record Stages(List<Brief.Stage> stages, int counted, BigDecimal lowUsd, BigDecimal highUsd) {
    }

    private DealTally() {
    }

    static Stages byStage(List<DealOfPair> deals) {
        List<Brief.Stage> stages = new ArrayList<>();
        int counted = 0;
        BigDecimal low = BigDecimal.ZERO;
        BigDecimal high = BigDecimal.ZERO;
        for (DealStage stage : DealStage.values()) {
            List<DealOfPair> at = deals.stream().filter(DealOfPair::counted).filter(d -> d.stage() == stage).toList();
            if (at.isEmpty()) {
                continue;
            }
            BigDecimal lo = at.stream().map(d -> zero(d.lowUsd())).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal hi = at.stream().map(d -> zero(d.highUsd())).reduce(BigDecimal.ZERO, BigDecimal::add);
            stages.add(new Brief.Stage(stage.name(), at.size(), lo, hi));
            counted += at.size();
            low = low.add(lo);
            high = high.add(hi);
        }
        return new Stages(List.copyOf(stages), counted, low, high);
    }

    /** Each deal that reached a stage from {@code since} to {@code until}, both days included, at its latest; newest first. */
    static List<Brief.DealLine> moved(List<DealOfPair> deals, LocalDate since, LocalDate until) {
        List<Brief.DealLine> moved = new ArrayList<>();
        for (DealOfPair d : deals) {
            latestBetween(d, since, until).ifPresent(e -> moved.add(new Brief.DealLine(d.id(), d.buyer(), d.seller(), d.goods(),
                    e.stage().name(), e.day(), d.lowUsd(), d.highUsd())));
        }
        moved.sort(Comparator.comparing(Brief.DealLine::happened).reversed());
        return List.copyOf(moved);
    }

    /** The stage reached latest within the days; of two on the same day, the first recorded. */
    private static Optional<Reached> latestBetween(DealOfPair d, LocalDate since, LocalDate until) {
        Reached latest = null;
        for (DealOfPair.Moved e : d.stages()) {
            LocalDate day = e.happened();
            if (day != null && !day.isBefore(since) && !day.isAfter(until) && (latest == null || day.isAfter(latest.day()))) {
                latest = new Reached(e.stage(), day);
            }
        }
        return Optional.ofNullable(latest);
    }

    /** A stage reached on a known day. */
    private record Reached(DealStage stage, LocalDate day) {
    }

    static BigDecimal zero(@Nullable BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
