package org.bilateral.briefs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.bilateral.engagements.Directory;
import org.bilateral.engagements.Engagements;
import org.bilateral.engagements.MergeProposals;
import org.bilateral.engagements.MergeStatus;
import org.bilateral.engagements.MergeSubject;
import org.bilateral.shared.CountryCode;
import org.springframework.stereotype.Component;

/**
 * The merges decided since the previous brief was made that concern the pair: of its deals (then or now), of its
 * engagements, and of people and organisations of either side.
 */
@Component
class PairMerges {

    private final MergeProposals merges;
    private final Directory directory;

    PairMerges(MergeProposals merges, Directory directory) {
        this.merges = merges;
        this.directory = directory;
    }

    /**
     * @param then     the deals the previous brief held
     * @param now      the deals held now
     * @param timeline every engagement, fetched only where an engagement's merge is to be judged
     */
    List<Brief.Merge> since(Instant made, CountryCode a, CountryCode b, Brief.Held then, Brief.Held now,
                            Supplier<List<Engagements.Engagement>> timeline) {
        // a deal is named by its line as the briefs held it: a merged deal is gone from the register
        Map<Long, String> pairDeals = new HashMap<>();
        then.deals().forEach(d -> pairDeals.put(d.id(), d.label()));
        now.deals().forEach(d -> pairDeals.put(d.id(), d.label()));
        Map<Long, Engagements.Engagement> byId = null;
        List<Brief.Merge> out = new ArrayList<>();
        for (MergeProposals.Decided m : merges.decidedAfter(made)) {
            if (m.subject() == MergeSubject.ENGAGEMENT && byId == null) {
                byId = new HashMap<>();
                for (Engagements.Engagement e : timeline.get()) {
                    byId.put(e.id(), e);
                }
            }
            if (ours(m, a, b, pairDeals, byId == null ? Map.of() : byId)) {
                boolean deal = m.subject() == MergeSubject.DEAL;
                out.add(new Brief.Merge(m.subject().code(), deal ? pairDeals.getOrDefault(m.mergedId(), m.merged()) : m.merged(),
                        deal ? pairDeals.getOrDefault(m.keptId(), m.kept()) : m.kept(), m.status() == MergeStatus.CONFIRMED, m.decidedAt()));
            }
        }
        return List.copyOf(out);
    }

    private boolean ours(MergeProposals.Decided m, CountryCode a, CountryCode b, Map<Long, String> pairDeals,
                         Map<Long, Engagements.Engagement> byId) {
        Set<String> sides = Set.of(a.value(), b.value());
        return switch (m.subject()) {
            case DEAL -> pairDeals.containsKey(m.keptId()) || pairDeals.containsKey(m.mergedId());
            case ENGAGEMENT -> {
                Engagements.Engagement kept = byId.get(m.keptId());
                yield kept != null && PairEngagements.ofPair(kept, a, b, byId);
            }
            case PERSON -> directory.person(m.keptId()).map(p -> sides.contains(p.country())).orElse(false);
            default -> directory.organisation(m.keptId()).map(o -> sides.contains(o.country())).orElse(false);
        };
    }
}
