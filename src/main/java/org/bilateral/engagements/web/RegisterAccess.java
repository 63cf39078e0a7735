package org.bilateral.engagements.web;

import static org.bilateral.identity.Access.record;

import java.util.List;
import org.bilateral.identity.Access;
import org.springframework.stereotype.Component;

/** Who may open the register of engagements, people and organisations: the ministry reads it; its editors decide on merges. */
@Component
class RegisterAccess implements Access {

    @Override
    public List<Rule> rules() {
        return List.of(
                record("/engagements/**"), record("/people/**"), record("/organisations/**"), record("/merges/**"),
                record("/api/engagements/**"), record("/api/people/**"), record("/api/organisations/**"), record("/api/merges/**"));
    }
}
