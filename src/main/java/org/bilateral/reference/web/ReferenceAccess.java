package org.bilateral.reference.web;

import static org.bilateral.identity.Access.record;

import java.util.List;
import org.bilateral.identity.Access;
import org.springframework.stereotype.Component;

/** Who may open the reference data's page: the ministry reads it (reference data is loaded from the command line). */
@Component
class ReferenceAccess implements Access {

    @Override
    public List<Rule> rules() {
        return List.of(
                record("/reference"));
    }
}
