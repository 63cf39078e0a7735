package org.bilateral.tariffs.web;

import static org.bilateral.identity.Access.record;

import java.util.List;
import org.bilateral.identity.Access;
import org.springframework.stereotype.Component;

/** Who may open Vietnam's tariff schedule: the ministry reads it, as it reads the other reference data. */
@Component
class TariffsAccess implements Access {

    @Override
    public List<Rule> rules() {
        return List.of(record("/tariffs"));
    }
}
