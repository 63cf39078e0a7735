package org.bilateral.commitments.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.bilateral.WorkbenchTest;
import org.bilateral.commitments.PurchaseCommitments;
import org.bilateral.commitments.targets.PurchaseTarget;
import org.bilateral.commitments.targets.PurchaseTargets;
import org.bilateral.extraction.RegisterFixture;
import org.bilateral.workbench.DemoRequested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/** serve --demo fills an empty register with the reported deals of the reference location (here the test fixture) and two illustrative targets. */
@WorkbenchTest
class DemoCommitmentsTest {

    @Autowired ApplicationEventPublisher events;
    @Autowired PurchaseCommitments commitments;
    @Autowired PurchaseTargets targets;
    @Autowired JdbcClient jdbc;

    @Test
    void theDemonstrationLoadsReportedDealsAndIllustrativeTargetsOnceOnly() {
        RegisterFixture.clear(jdbc);
        jdbc.sql("delete from purchase_target").update();

        events.publishEvent(new DemoRequested());

        assertThat(targets.targets()).extracting(PurchaseTarget::code).containsExactly("demo-aircraft-energy", "demo-farm-goods");
        assertThat(targets.targets()).allSatisfy(t -> assertThat(t.note()).contains("not a negotiated figure"));
        // issue 32: the demonstration also reads the corpus's seed press releases (when ../shared/corpus is there), whose
        // purchases are deals of their own here, the fixture's file holding no Boeing order: the file's deals are counted apart
        assertThat(commitments.deals()).filteredOn(d -> d.reports().stream().anyMatch(r -> r.origin().equals("file")))
                .extracting(d -> d.buyer()).containsExactly("PV Gas", "Khai Anh Binh Thuan");
        int deals = commitments.deals().size();

        events.publishEvent(new DemoRequested());

        assertThat(commitments.deals()).hasSize(deals);
        assertThat(targets.targets()).hasSize(2);
    }
}
