package org.bilateral.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilateral.extraction.reading.ScoringTest.event;
import static org.bilateral.extraction.reading.ScoringTest.reading;

import java.util.List;
import org.bilateral.extraction.Extraction;
import org.bilateral.extraction.reading.Scoring.Metric;
import org.bilateral.extraction.reading.Scoring.Score;
import org.bilateral.extraction.reading.Scoring.Tally;
import org.bilateral.policy.PolicyTopic;
import org.bilateral.shared.ReportedDate;
import org.junit.jupiter.api.Test;

class DocumentTalliesTest {

    private static final GoldDocument GOLD = new GoldDocument("d.txt", List.of("2026-02-05"), List.of(6), List.of(), List.of(),
            List.of(), List.of("tariffs"));

    @Test
    void eachMetricIsTalliedOnItsOwn() {
        Extraction read = reading(ReportedDate.parse("2026-02-05"), List.of(event(null, 6), event(null, 7)), List.of(), List.of(),
                List.of(PolicyTopic.TARIFFS, PolicyTopic.EXPORT_CONTROLS));
        Score s = DocumentTallies.of(GOLD, read);
        // the date given is the gold's: tp 1
        assertThat(s.tally(Metric.PUBLISHED)).isEqualTo(new Tally(1, 0, 0));
        // rounds {6, 7} against {6}: 6 found (tp 1), 7 not in the gold (fp 1), none missed
        assertThat(s.tally(Metric.ROUNDS)).isEqualTo(new Tally(1, 1, 0));
        // issues {tariffs, export_controls} against {tariffs}: tp 1, fp 1, fn 0
        assertThat(s.tally(Metric.ISSUES)).isEqualTo(new Tally(1, 1, 0));
        // no event, person or purchase in the gold or the reading: nothing to count
        assertThat(s.tally(Metric.PARTICIPANTS)).isEqualTo(new Tally(0, 0, 0));
    }

    @Test
    void nothingReadMissesTheGoldsDateAndRoundsAndIssues() {
        Score s = DocumentTallies.of(GOLD, null);
        // "" (no date) is not 2026-02-05: one wrong answer; the round and the issue each missed once
        assertThat(s.tally(Metric.PUBLISHED)).isEqualTo(new Tally(0, 1, 0));
        assertThat(s.tally(Metric.ROUNDS)).isEqualTo(new Tally(0, 0, 1));
        assertThat(s.tally(Metric.ISSUES)).isEqualTo(new Tally(0, 0, 1));
    }
}
