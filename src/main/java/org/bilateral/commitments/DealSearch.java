package org.bilateral.commitments;

import java.util.List;
import java.util.stream.Stream;
import org.bilateral.shared.Findable;
import org.springframework.stereotype.Component;

/** The deal register's part of the search: deals by number (D12), buyer, seller, goods or HS code. */
@Component
class DealSearch implements Findable {

    private final PurchaseCommitments commitments;

    DealSearch(PurchaseCommitments commitments) {
        this.commitments = commitments;
    }

    @Override
    public List<Found> find(Query query, int limit) {
        return commitments.deals().stream()
                .filter(d -> query.matches(Stream.concat(Stream.of(d.id().toString(), d.buyer(), d.seller(), d.goods(), d.note()),
                        d.items().stream().flatMap(i -> Stream.of(i.description(), i.hsCode()))).toArray(String[]::new)))
                .limit(limit)
                .map(d -> new Found(Kind.DEAL, d.id() + " " + d.goods(),
                        d.buyer() + (d.seller() == null ? "" : " ← " + d.seller()), "/deals/" + d.id().value()))
                .toList();
    }
}
