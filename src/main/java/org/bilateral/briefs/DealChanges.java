package org.bilateral.briefs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pair's deals then and now, compared: those the totals count now and did not then, with their values added up (a
 * deal without a value adds nothing), those whose stage or value changed, and those counted then and no longer.
 */
record DealChanges(List<Brief.NewDeal> counted, BigDecimal countedLowUsd, BigDecimal countedHighUsd, List<Brief.DealChange> changed,
                   List<Brief.NewDeal> uncounted) {

    static DealChanges between(Brief.Held then, Brief.Held now) {
        Map<Long, Brief.HeldDeal> before = new LinkedHashMap<>();
        then.deals().forEach(d -> before.put(d.id(), d));
        List<Brief.NewDeal> counted = new ArrayList<>();
        List<Brief.DealChange> changed = new ArrayList<>();
        BigDecimal low = BigDecimal.ZERO;
        BigDecimal high = BigDecimal.ZERO;
        for (Brief.HeldDeal d : now.deals()) {
            Brief.HeldDeal was = before.get(d.id());
            if (d.counted() && (was == null || !was.counted())) {
                counted.add(new Brief.NewDeal(d.id(), d.label(), d.stage(), d.lowUsd(), d.highUsd()));
                low = low.add(DealTally.zero(d.lowUsd()));
                high = high.add(DealTally.zero(d.highUsd()));
            }
            Brief.DealChange change = new Brief.DealChange(d.id(), d.label(), was == null ? null : was.stage(), d.stage(),
                    was == null ? null : was.lowUsd(), was == null ? null : was.highUsd(), d.lowUsd(), d.highUsd());
            // a deal new and counted is said among those newly counted; one new and not counted (an aggregate, or one
            // already cancelled) is said here as new
            boolean newUncounted = was == null && !d.counted();
            if (newUncounted || was != null && (change.stageChanged() || change.valueChanged())) {
                changed.add(change);
            }
        }
        Set<Long> countedNow = new HashSet<>();
        now.deals().stream().filter(Brief.HeldDeal::counted).forEach(d -> countedNow.add(d.id()));
        List<Brief.NewDeal> uncounted = then.deals().stream().filter(d -> d.counted() && !countedNow.contains(d.id()))
                .map(d -> new Brief.NewDeal(d.id(), d.label(), d.stage(), d.lowUsd(), d.highUsd())).toList();
        return new DealChanges(List.copyOf(counted), low, high, List.copyOf(changed), uncounted);
    }
}
