package org.bilateral.sources.web;

import static org.bilateral.identity.Access.rule;
import static org.bilateral.identity.Audience.ADMINISTRATORS;

import java.util.List;
import org.bilateral.identity.Access;
import org.springframework.stereotype.Component;

/** Who may open Admin → Sources: administrators alone, who hold the keys and decide what the workbench pulls and when. */
@Component
class SourcesAccess implements Access {

    @Override
    public List<Rule> rules() {
        return List.of(rule("/admin/sources/**", ADMINISTRATORS, ADMINISTRATORS));
    }
}
