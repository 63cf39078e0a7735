package org.bilateral.alerts.web;

import static org.bilateral.identity.Access.open;
import static org.bilateral.identity.Access.rule;
import static org.bilateral.identity.Audience.EDITORS;

import java.util.List;
import org.bilateral.identity.Access;
import org.springframework.stereotype.Component;

/**
 * Who may open the alerts: analysts and administrators set rules and read their notifications. The Atom feed is open,
 * because a feed reader cannot log in: its address carries the user's feed token, which the feed checks itself, and
 * without a live one it answers as if there were no feed.
 */
@Component
class AlertsAccess implements Access {

    @Override
    public List<Rule> rules() {
        return List.of(rule("/alerts", EDITORS, EDITORS), rule("/alerts/**", EDITORS, EDITORS), open("/alerts.atom"));
    }
}
