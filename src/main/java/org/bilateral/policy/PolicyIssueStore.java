package org.bilateral.policy;

import java.time.LocalDate;
import java.util.List;
import org.bilateral.policy.PolicyIssues.RaiseIssue;
import org.bilateral.policy.PolicyIssues.Raised;
import org.bilateral.policy.PolicyIssues.Summary;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind the issues raised, and the mapping of their rows; every method runs in the caller's transaction. */
@Repository
class PolicyIssueStore {

    private final JdbcClient jdbc;

    PolicyIssueStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the raising; the same report raising the topic again keeps its row, gaining the engagement it lacked. */
    long insert(RaiseIssue c) {
        return jdbc.sql("""
                        insert into policy_issue_raised (topic, raised_on, press_release_id, source, engagement_id, evidence)
                        values (:topic, :on, :doc, :source, :engagement, :evidence)
                        on conflict (topic, press_release_id) do update set engagement_id = coalesce(policy_issue_raised.engagement_id, excluded.engagement_id)
                        returning id""")
                .param("topic", c.topic().code()).param("on", c.raisedOn()).param("doc", c.pressReleaseId()).param("source", c.source())
                .param("engagement", c.engagementId()).param("evidence", c.evidence())
                .query(Long.class).single();
    }

    /** The raisings cited at a merged engagement now cite the one kept. */
    void moveEngagement(long mergedId, long keptId) {
        jdbc.sql("update policy_issue_raised set engagement_id = :k where engagement_id = :m")
                .param("k", keptId).param("m", mergedId).update();
    }

    List<Summary> summary() {
        return jdbc.sql("""
                        select topic, count(*) as times, min(raised_on) as first, max(raised_on) as last
                        from policy_issue_raised group by topic order by topic""")
                .query((rs, n) -> new Summary(PolicyTopic.parse(rs.getString("topic")), rs.getLong("times"),
                        rs.getObject("first", LocalDate.class), rs.getObject("last", LocalDate.class)))
                .list();
    }

    List<Raised> history(@Nullable PolicyTopic topic) {
        return jdbc.sql("""
                        select r.id, r.topic, r.raised_on, r.press_release_id, r.source, r.engagement_id, r.evidence
                        from policy_issue_raised r
                        where (cast(:topic as text) is null or r.topic = :topic)
                        order by r.raised_on desc nulls last, r.id desc""")
                .param("topic", topic == null ? null : topic.code())
                .query((rs, n) -> new Raised(rs.getLong(1), PolicyTopic.parse(rs.getString(2)), rs.getObject(3, LocalDate.class),
                        rs.getLong(4), rs.getString(5), rs.getObject(6, Long.class), rs.getString(7)))
                .list();
    }
}
