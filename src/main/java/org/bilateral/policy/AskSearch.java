package org.bilateral.policy;

import java.util.List;
import java.util.stream.Stream;
import org.bilateral.shared.Findable;
import org.springframework.stereotype.Component;

/** Policy's part of the search: asks by the words of their statement, or of any position taken on them. */
@Component
class AskSearch implements Findable {

    private final Asks asks;

    AskSearch(Asks asks) {
        this.asks = asks;
    }

    @Override
    public List<Found> find(Query query, int limit) {
        return asks.list(null, null).stream()
                .filter(a -> query.matches(Stream.concat(Stream.of("A" + a.id(), a.statement()),
                        a.positions().stream().flatMap(p -> Stream.of(p.who(), p.quote()))).toArray(String[]::new)))
                .limit(limit)
                .map(a -> new Found(Kind.ASK, "A" + a.id() + " " + a.statement(),
                        a.side() + " → " + a.addressee() + a.latest().map(p -> " · " + p.saidOn()).orElse(""), "/asks/" + a.id()))
                .toList();
    }
}
