package org.bilateral.world.web;

import static org.bilateral.identity.Access.record;

import java.util.List;
import org.bilateral.identity.Access;
import org.springframework.stereotype.Component;

/** Who may open the World page: the ministry reads it, as it reads the transshipment screen it widens. */
@Component
class WorldAccess implements Access {

    @Override
    public List<Rule> rules() {
        return List.of(record("/world"), record("/world/**"));
    }
}
