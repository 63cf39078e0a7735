package org.bilateral.policy.web;

import static org.bilateral.identity.Access.record;

import java.util.List;
import org.bilateral.identity.Access;
import org.springframework.stereotype.Component;

/** Who may open the asks, their stakes, the tariff what-if, the policy timeline and the issues: the ministry reads them; its editors change the asks (the rest are read-only screens). */
@Component
class PolicyAccess implements Access {

    @Override
    public List<Rule> rules() {
        return List.of(
                record("/issues"), record("/api/issues"),
                record("/asks"), record("/asks.*"), record("/asks/**"), record("/api/asks/**"),
                record("/stakes"), record("/stakes.*"), record("/tariffs/what-if"), record("/tariffs/what-if.*"), record("/timeline"),
                record("/timeline.*"), record("/api/stakes"), record("/api/tariffs/what-if"), record("/api/timeline"),
                record("/policy/proposals"), record("/policy/proposals/**"));
    }
}
