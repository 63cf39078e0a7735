package org.bilateral.policy;

import java.time.LocalDate;
import java.util.List;
import org.bilateral.engagements.MergeConfirmed;
import org.bilateral.engagements.MergeSubject;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The history of each policy issue: when it was raised, in which report and engagement, in which words. */
@Service
public class PolicyIssues {

    private final JdbcClient jdbc;

    PolicyIssues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record RaiseIssue(PolicyTopic topic, LocalDate raisedOn, long pressReleaseId, String source, Long engagementId, String evidence) {
        public RaiseIssue {
            if (topic == null || evidence == null || evidence.isBlank()) {
                throw new IllegalArgumentException("an issue needs its topic and the words it was raised in");
            }
        }
    }

    public record Raised(long id, PolicyTopic topic, LocalDate raisedOn, long pressReleaseId, String pressRelease,
                         Long engagementId, String evidence) {
    }

    public record Summary(PolicyTopic topic, long times, LocalDate first, LocalDate last) {
    }

    /** Records that a report raised the issue; the same report raising it twice is one record. */
    @Transactional
    public long raise(RaiseIssue c) {
        return jdbc.sql("""
                        insert into policy_issue_raised (topic, raised_on, press_release_id, source, engagement_id, evidence)
                        values (:topic, :on, :doc, :source, :engagement, :evidence)
                        on conflict (topic, press_release_id) do update set engagement_id = coalesce(policy_issue_raised.engagement_id, excluded.engagement_id)
                        returning id""")
                .param("topic", c.topic().code()).param("on", c.raisedOn()).param("doc", c.pressReleaseId()).param("source", c.source())
                .param("engagement", c.engagementId()).param("evidence", c.evidence())
                .query(Long.class).single();
    }

    @EventListener
    void on(MergeConfirmed merge) {
        if (merge.subject() == MergeSubject.ENGAGEMENT) {
            jdbc.sql("update policy_issue_raised set engagement_id = :k where engagement_id = :m")
                    .param("k", merge.keptId()).param("m", merge.mergedId()).update();
        }
    }

    public List<Summary> summary() {
        return jdbc.sql("""
                        select topic, count(*) as times, min(raised_on) as first, max(raised_on) as last
                        from policy_issue_raised group by topic order by topic""")
                .query((rs, n) -> new Summary(PolicyTopic.parse(rs.getString("topic")), rs.getLong("times"),
                        rs.getObject("first", LocalDate.class), rs.getObject("last", LocalDate.class)))
                .list();
    }

    /** Every time the issue was raised, newest first; all issues when topic is null. */
    public List<Raised> history(PolicyTopic topic) {
        return jdbc.sql("""
                        select r.id, r.topic, r.raised_on, r.press_release_id, r.source, r.engagement_id, r.evidence
                        from policy_issue_raised r
                        where (cast(:topic as text) is null or r.topic = :topic)
                        order by r.raised_on desc nulls last, r.id desc""")
                .param("topic", topic == null ? null : topic.code())
                .query((rs, n) -> new Raised(rs.getLong(1), PolicyTopic.parse(rs.getString(2)), rs.getObject(3, LocalDate.class),
                        rs.getLong(4), rs.getString(5), (Long) rs.getObject(6), rs.getString(7)))
                .list();
    }
}
