package org.bilateral.identity.web;

import static org.bilateral.identity.Access.open;
import static org.bilateral.identity.Access.record;
import static org.bilateral.identity.Access.rule;
import static org.bilateral.identity.Audience.ADMINISTRATORS;
import static org.bilateral.identity.Audience.EDITORS;
import static org.bilateral.identity.Audience.EVERYONE;

import java.util.List;
import org.bilateral.identity.Access;
import org.springframework.stereotype.Component;

/**
 * Who may open identity's pages, and the host's: the login page, the files it needs and the error page are open to
 * anyone; every account changes its own password and manages its own tokens; accounts and the audit trail are the
 * administrators' (each by its own path: Admin → Sources is the sources module's to declare). The workbench host's
 * search box is declared here too, because the host cannot depend on identity (identity's commands plug into the
 * host's command line): it looks through the whole record, so it is the ministry's. So is the host's first page
 * ("Since …"), which every signed-in role may open: it sends a reporter on to its own page.
 */
@Component
class IdentityAccess implements Access {

    @Override
    public List<Rule> rules() {
        return List.of(
                open("/login"), open("/webjars/**"), open("/css/**"), open("/js/**"), open("/favicon.svg"), open("/error"),
                rule("/account/**", EVERYONE, EVERYONE),
                rule("/admin/users/**", ADMINISTRATORS, ADMINISTRATORS), rule("/admin/audit", ADMINISTRATORS, ADMINISTRATORS),
                record("/search"), record("/api/search"),
                // the first page, "Since …": every signed-in role may open it; a reporter is sent on to its own page
                rule("/", EVERYONE, EDITORS));
    }
}
