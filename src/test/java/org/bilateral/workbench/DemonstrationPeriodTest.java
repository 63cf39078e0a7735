package org.bilateral.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.bilateral.WorkbenchTest;
import org.bilateral.commitments.targets.Attainment;
import org.bilateral.commitments.targets.Projection;
import org.bilateral.commitments.targets.Projections;
import org.bilateral.commitments.targets.PurchaseTargets;
import org.bilateral.commitments.targets.StatisticsSide;
import org.bilateral.extraction.PressReleases;
import org.bilateral.policy.Asks;
import org.bilateral.policy.PolicyTopic;
import org.bilateral.policy.Stakes;
import org.bilateral.policy.StakesRequest;
import org.bilateral.policy.TariffStakes;
import org.bilateral.shared.CountryCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demonstration asked for on 2026-12-06 shows the talks' own period: statistics through November 2026, so the tariff
 * duties, the illustrative targets' attainment and the projection are of 2025 and 2026, and the asks are on the table.
 */
@WorkbenchTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemonstrationPeriodTest {

    static final CountryCode VN = CountryCode.of("VN");
    static final CountryCode US = CountryCode.of("US");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired PressReleases pressReleases;
    @Autowired Stakes stakes;
    @Autowired PurchaseTargets targets;
    @Autowired Projections projections;
    @Autowired Asks asks;

    @BeforeAll
    void theDemonstration() {
        DemonstrationFixture.load(jdbc, events, pressReleases);
    }

    @Test
    void onFirstStartTheDutiesAttainmentAndProjectionAreOfTheTalksOwnYears() throws Exception {
        TariffStakes tariffs = stakes.tariffs(new StakesRequest(VN, PolicyTopic.TARIFFS, null, null));
        // the test fixture's tariff history is set in 2031, after any statistics: the duties say the statistics end in 2026,
        // the year of the latest whole month (with ../shared/data the rates of 2025 charge all of 2025 and January–November 2026)
        assertThat(tariffs.duties()).isEmpty();
        assertThat(tariffs.provenance().leavesOut()).anySatisfy(l -> assertThat(l).startsWith("The statistics end in 2026, before the first rate"));
        assertThat(tariffs.provenance().synthetic()).isTrue();

        for (String code : new String[] {"demo-farm-goods", "demo-aircraft-energy"}) {
            Attainment attainment = targets.attainment(code);
            assertThat(attainment.synthetic()).isTrue();
            assertThat(attainment.sides()).as(code).hasSize(2).allSatisfy(side -> {
                assertThat(side.latestMonth()).isEqualTo(YearMonth.of(2026, 11));
                assertThat(side.baselineMonths()).as("2024, the year before the talks, whole").isEqualTo(12);
                assertThat(side.years()).extracting(Attainment.Year::year).containsExactly(2025, 2026);
                assertThat(side.years()).extracting(Attainment.Year::months).containsExactly(12, 11);
                assertThat(side.yearToDate().through()).isEqualTo(YearMonth.of(2026, 11));
            });
        }

        Projection projection = projections.project(VN, US, StatisticsSide.PARTNER_EXPORTS);
        assertThat(projection.after()).as("projected after the latest month the statistics hold").isEqualTo(YearMonth.of(2026, 11));
        assertThat(projection.baseYear()).as("the gap of the latest whole year").isEqualTo(2025);

        assertThat(asks.list(null, null)).as("the asks of the reference location").hasSize(3);
        String page = mvc.perform(get("/asks").param("lang", "en").with(user("viewer").roles("VIEWER"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Postpone the reciprocal tariff on Vietnamese goods");
    }
}
