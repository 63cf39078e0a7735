package org.bilateral.extraction;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Empties the press releases and the register between tests. */
public final class RegisterFixture {

    private RegisterFixture() {
    }

    public static void clear(JdbcClient jdbc) {
        jdbc.sql("""
                truncate proposal, press_release, policy_issue_raised, deal_report, deal, engagement_source, engagement_topic,
                         engagement_participant, engagement, person_title, person_name, person, organisation_name, organisation,
                         merge_proposal restart identity cascade""").update();
    }
}
