package org.bilateral.briefs.web;

import static org.bilateral.identity.Access.record;

import java.util.List;
import org.bilateral.identity.Access;
import org.springframework.stereotype.Component;

/** Who may open the briefs: the ministry reads them; its editors make them. */
@Component
class BriefsAccess implements Access {

    @Override
    public List<Rule> rules() {
        return List.of(
                record("/briefs"), record("/briefs/**"), record("/api/briefs"), record("/api/briefs/**"));
    }
}
