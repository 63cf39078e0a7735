package org.bilateral.risk.web;

import static org.bilateral.identity.Access.record;

import java.util.List;
import org.bilateral.identity.Access;
import org.springframework.stereotype.Component;

/** Who may open the risk screens of the statistics: the ministry reads them; its editors keep the watch list. */
@Component
class RiskAccess implements Access {

    @Override
    public List<Rule> rules() {
        return List.of(
                record("/risk"), record("/risk.*"), record("/risk/**"), record("/api/risk/**"));
    }
}
