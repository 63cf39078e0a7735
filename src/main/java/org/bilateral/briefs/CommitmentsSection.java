package org.bilateral.briefs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bilateral.commitments.targets.Attainment;
import org.bilateral.commitments.targets.Projection;
import org.bilateral.commitments.targets.Projections;
import org.bilateral.commitments.targets.PurchaseTarget;
import org.bilateral.commitments.targets.PurchaseTargets;
import org.bilateral.commitments.targets.StatisticsSide;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Counted;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.NotFound;
import org.bilateral.tradestats.StatisticsSources;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The commitments section from the register's and the targets' own use cases: the deals by stage and those that moved
 * (added up by {@link DealTally}), each target's attainment in its latest year measured, and the projection of the gap.
 */
@Component
class CommitmentsSection {

    private final PurchaseTargets targets;
    private final Projections projections;
    private final StatisticsSources statisticsSources;

    CommitmentsSection(PurchaseTargets targets, Projections projections, StatisticsSources statisticsSources) {
        this.targets = targets;
        this.projections = projections;
        this.statisticsSources = statisticsSources;
    }

    Brief.Commitments of(BriefRequest r, List<DealOfPair> deals, BriefSources sources) {
        Pair pair = Pair.of(r);
        List<PurchaseTarget> pairTargets = targets.targets().stream().filter(t -> Pair.of(t.buyer(), t.seller()).equals(pair)).toList();
        if (deals.isEmpty() && pairTargets.isEmpty()) {
            return new Brief.Commitments("brief.commitments.none", 0, null, null, List.of(), List.of(), List.of(), null, 0);
        }
        int register = sources.of("deal register", Brief.Source.Kind.REGISTER, "Bilateral deal register",
                Counted.of(deals.size(), "deal", "deals") + " of " + r.a().value() + " and " + r.b().value(), false);
        DealTally.Stages stages = DealTally.byStage(deals);
        List<Brief.DealLine> moved = DealTally.moved(deals, since(r), r.forDate());
        List<Brief.Target> attained = new ArrayList<>();
        for (PurchaseTarget t : pairTargets) {
            attained.add(attained(t, sources));
        }
        CountryCode buyer = pairTargets.isEmpty() ? r.a() : pairTargets.get(0).buyer();
        return new Brief.Commitments(null, stages.counted(), stages.lowUsd(), stages.highUsd(), stages.stages(), moved,
                List.copyOf(attained), projection(buyer, buyer.equals(r.a()) ? r.b() : r.a()), register);
    }

    /** A target's attainment by each statistics side in its latest year measured; each side's statistics fetched once. */
    private Brief.Target attained(PurchaseTarget t, BriefSources sources) {
        Attainment a = targets.attainment(t);
        List<Brief.Attained> sides = new ArrayList<>();
        for (Attainment.Side s : a.sides()) {
            CountryCode reporter = s.side().reporter(t.buyer(), t.seller());
            CountryCode partner = reporter.equals(t.buyer()) ? t.seller() : t.buyer();
            int source = sources.statisticsOf(reporter, () -> statisticsSources.sources(reporter, partner));
            s.years().stream().filter(y -> y.actualUsd() != null).max(Comparator.comparingInt(Attainment.Year::year))
                    .ifPresent(y -> sides.add(new Brief.Attained(s.label(), y.year(), y.months(), y.targetUsd(), y.actualUsd(),
                            y.attainment(), source)));
        }
        return new Brief.Target(t.code(), t.name(), List.copyOf(sides));
    }

    /** The projection of the buyer's gap with the committed deliveries; none where there are no statistics to project from. */
    private Brief.@Nullable Projection projection(CountryCode buyer, CountryCode seller) {
        try {
            Projection p = projections.project(buyer, seller, StatisticsSide.PARTNER_EXPORTS);
            return new Brief.Projection(p.after(), p.baseYear(), p.gapUsd(), p.years().stream()
                    .map(y -> new Brief.ProjectedYear(y.year(), y.expectedUsd(), y.gapWithoutDealsUsd(), y.gapWithDealsUsd())).toList(),
                    p.expectedUsd(), p.shareOfGap(), p.notProjected().size());
        } catch (InvalidInput | NotFound e) {
            // no statistics to project from: the section says so through its missing projection
            return null;
        }
    }

    /** The start date, resolved before the sections are composed. */
    static java.time.LocalDate since(BriefRequest r) {
        java.time.LocalDate since = r.since();
        if (since == null) {
            throw new IllegalStateException("the brief's start date is resolved before its sections are composed");
        }
        return since;
    }
}
