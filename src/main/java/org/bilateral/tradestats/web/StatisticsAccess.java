package org.bilateral.tradestats.web;

import static org.bilateral.identity.Access.record;

import java.util.List;
import org.bilateral.identity.Access;
import org.springframework.stereotype.Component;

/** Who may open the trade statistics: the ministry reads the balance, the mirror and the imports; its editors import. */
@Component
class StatisticsAccess implements Access {

    @Override
    public List<Rule> rules() {
        return List.of(
                record("/balance"), record("/balance.*"), record("/mirror"), record("/mirror.*"),
                record("/imports"), record("/api/balance"), record("/api/mirror"), record("/api/products"),
                record("/api/published"), record("/api/imports"), record("/api/editions"));
    }
}
