package org.bilateral.hill.web;

import static org.bilateral.identity.Access.record;

import java.util.List;
import org.bilateral.identity.Access;
import org.springframework.stereotype.Component;

/**
 * Who may open the Hill's pages. The matches of register persons to members are part of the register: the ministry
 * reads them, its editors (who may edit the register) confirm or reject them.
 */
@Component
class HillAccess implements Access {

    @Override
    public List<Rule> rules() {
        return List.of(record("/hill/matches/**"));
    }
}
