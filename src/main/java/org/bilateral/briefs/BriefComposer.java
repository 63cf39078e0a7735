package org.bilateral.briefs;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.bilateral.commitments.Deal;
import org.bilateral.commitments.PurchaseCommitments;
import org.bilateral.engagements.Engagements;
import org.bilateral.engagements.Offices;
import org.bilateral.policy.Asks;
import org.bilateral.tradestats.Source;
import org.bilateral.tradestats.StatisticsSources;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Composes a brief from the capabilities' own use cases: the balances, mirror and products of the statistics, the deal
 * register's totals, targets and projection, the engagements, the asks with their stakes, and the transshipment screen.
 * Nothing is computed here that one of them owns; this only fetches the record once, lets each section choose from it,
 * and numbers the sources.
 */
@Service
public class BriefComposer {

    /** A brief as composed, and the versions of the record it was made from. */
    record Composed(Brief brief, Briefs.Inputs inputs) {
    }

    private final StatisticsSources statisticsSources;
    private final PurchaseCommitments commitments;
    private final Engagements engagements;
    private final Asks asks;
    private final BalanceSection balance;
    private final CommitmentsSection commitmentsSection;
    private final AsksSection asksSection;
    private final RisksSection risks;
    private final HillSection hill;
    private final OffersSection offersSection;
    private final PairMerges merges;
    private final Offices offices;
    private final Clock clock;

    BriefComposer(StatisticsSources statisticsSources, PurchaseCommitments commitments, Engagements engagements, Asks asks, BalanceSection balance,
                  CommitmentsSection commitmentsSection, AsksSection asksSection, RisksSection risks, HillSection hill,
                  OffersSection offersSection, PairMerges merges, Offices offices, Optional<Clock> clock) {
        this.hill = hill;
        this.offersSection = offersSection;
        this.offices = offices;
        this.statisticsSources = statisticsSources;
        this.commitments = commitments;
        this.engagements = engagements;
        this.asks = asks;
        this.balance = balance;
        this.commitmentsSection = commitmentsSection;
        this.asksSection = asksSection;
        this.risks = risks;
        this.merges = merges;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /**
     * A brief for the request as the record stands now, {@code since} already resolved; with the pair's previous brief,
     * what changed since it.
     */
    Composed compose(BriefRequest r, long previousId, @Nullable Brief previous) {
        PairRecord record = record(r);
        BriefSources sources = new BriefSources();
        Brief.Balance b = r.has(BriefSection.BALANCE) ? balance.of(r, sources) : null;
        Brief.Commitments c = r.has(BriefSection.COMMITMENTS) ? commitmentsSection.of(r, record.deals(), sources) : null;
        Brief.Engagements e = r.has(BriefSection.ENGAGEMENTS) ? EngagementsSection.of(r, record.timeline(), sources, offices) : null;
        Brief.Hill h = r.has(BriefSection.HILL) ? hill.of(r, record.timeline(), record.deals().size(), sources) : null;
        Brief.Asks a = r.has(BriefSection.ASKS) ? asksSection.of(r, record.pairAsks(), sources) : null;
        Brief.Offers o = r.has(BriefSection.OFFERS) ? offersSection.of(r, sources) : null;
        Brief.Risks k = r.has(BriefSection.RISKS) ? risks.of(r, sources) : null;
        Brief.Held held = HeldRecord.of(record.deals(), record.pairAsks(), asksSection::who);
        Brief brief = new Brief(r, clock.instant(), balance.latestMonth(r.a(), r.b()), sources.synthetic(), b, c, e, a, k, null,
                sources.numbered(), held, h, o);
        return new Composed(previous == null ? brief : withChanges(brief, previousId, previous, record), inputs(record));
    }

    private Brief withChanges(Brief now, long previousId, Brief previous, PairRecord record) {
        Brief.Held then = previous.held();
        Brief.Held held = now.held();
        List<Brief.Merge> decided = then == null || held == null ? List.of()
                : merges.since(previous.preparedAt(), now.request().a(), now.request().b(), then, held, record::timeline);
        return ChangesSince.with(now, previousId, previous, decided);
    }

    private PairRecord record(BriefRequest r) {
        Pair pair = Pair.of(r);
        List<Deal> all = commitments.deals();
        List<DealOfPair> deals = all.stream().filter(d -> DealOfPair.ofPair(d, pair)).map(DealOfPair::of).toList();
        return new PairRecord(all.size(), deals, asks.list(null, null), pair, () -> engagements.timeline(null, null));
    }

    /** The versions of the record: the imports of statistics, and how many deals, engagements, asks and positions. */
    private Briefs.Inputs inputs(PairRecord record) {
        return new Briefs.Inputs(statisticsSources.imports().stream().map(Source::importId).sorted().toList(), record.allDeals(),
                engagements.count(), record.allAsks().size(), record.allAsks().stream().mapToInt(a -> a.positions().size()).sum());
    }
}
