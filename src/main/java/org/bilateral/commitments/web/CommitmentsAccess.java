package org.bilateral.commitments.web;

import static org.bilateral.identity.Access.record;
import static org.bilateral.identity.Access.rule;
import static org.bilateral.identity.Audience.ADMINISTRATORS;
import static org.bilateral.identity.Audience.EVERYONE;
import static org.bilateral.identity.Audience.MINISTRY;
import static org.bilateral.identity.Audience.REPORTING;

import java.util.List;
import org.bilateral.identity.Access;
import org.springframework.stereotype.Component;

/**
 * Who may open the deal register, the targets and the projection (the ministry reads them; its editors change them), and
 * the reporting pages: reporters see their enterprises' deals and nothing else of the record, who has reported is the
 * ministry's view, and who reports for which enterprise is the administrators'.
 */
@Component
class CommitmentsAccess implements Access {

    @Override
    public List<Rule> rules() {
        return List.of(
                rule("/reporting/status/reporters", ADMINISTRATORS, ADMINISTRATORS),
                rule("/reporting/status", MINISTRY, ADMINISTRATORS),
                rule("/api/reporting/status", MINISTRY, ADMINISTRATORS),
                rule("/reporting/**", EVERYONE, REPORTING),
                rule("/api/reporting/**", EVERYONE, REPORTING),
                record("/deals/**"), record("/deals.csv"), record("/deals.xlsx"), record("/api/deals/**"), record("/targets/**"),
                record("/projection"), record("/projection.xlsx"), record("/api/targets/**"), record("/api/projection"));
    }
}
