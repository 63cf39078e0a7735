package org.bilateral.commitments;

import org.bilateral.shared.DealId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bilateral.engagements.Directory;
import org.bilateral.engagements.MergeProposals;
import org.bilateral.engagements.MergeSubject;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Deals with everything known of them, in a fixed number of queries whatever their number: the register's rows, the
 * directory's names of buyers and sellers (asked once for the whole list, never read from its tables), and which
 * possible duplicates the totals count once.
 */
@Component
class DealLoader {

    private final DealStore store;
    private final Directory directory;
    private final MergeProposals merges;

    DealLoader(DealStore store, Directory directory, MergeProposals merges) {
        this.store = store;
        this.directory = directory;
        this.merges = merges;
    }

    /** The deals with these ids, in this order; an id of no deal is left out. */
    List<Deal> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var items = store.items(ids);
        var stages = store.stages(ids);
        var deliveries = store.deliveries(ids);
        var reports = store.reports(ids);
        Map<Long, Long> countedWith = countedWith();
        Map<Long, Directory.Organisation> organisations = directory.organisations(store.parties(ids));
        Map<Long, Deal> byId = store.rows(ids).stream().map(row -> {
            List<Deal.StageEvent> history = stages.getOrDefault(row.id(), List.of());
            Directory.@Nullable Organisation buyer = organisations.get(row.buyerId());
            Directory.@Nullable Organisation seller = row.sellerId() == null ? null : organisations.get(row.sellerId());
            List<Deal.Item> goods = items.getOrDefault(row.id(), List.of(new Deal.Item(Objects.requireNonNullElse(row.goods(), ""), null)));
            return new Deal(new DealId(row.id()), row.buyerId(), buyer == null ? null : buyer.name(), buyer == null ? null : buyer.country(),
                    row.sellerId(), seller == null ? null : seller.name(), seller == null ? null : seller.country(), goods, row.goods(),
                    row.quantity(), row.unit(), row.valueLowUsd(), row.valueHighUsd(), row.currency(), row.amountLow(), row.amountHigh(),
                    row.usdRate(), row.rateDate(), row.instrument(), StageHistory.current(history), row.firstReported(), row.aggregate(),
                    row.note(), history, deliveries.getOrDefault(row.id(), List.of()), reports.getOrDefault(row.id(), List.of()),
                    countedWith.get(row.id()), row.plantState());
        }).collect(Collectors.toMap(d -> d.id().value(), Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** For every deal that may duplicate another (an open merge proposal), the deal the totals count for both. */
    private Map<Long, Long> countedWith() {
        List<MergeProposals.Pair> open = merges.openPairs(MergeSubject.DEAL);
        if (open.isEmpty()) {
            return Map.of();
        }
        List<DuplicateGroups.Pair> pairs = open.stream().map(p -> new DuplicateGroups.Pair(p.keptId(), p.mergedId())).toList();
        List<Long> members = pairs.stream().flatMap(p -> java.util.stream.Stream.of(p.kept(), p.merged())).distinct().toList();
        return DuplicateGroups.countedWith(pairs, store.highValues(members));
    }
}
