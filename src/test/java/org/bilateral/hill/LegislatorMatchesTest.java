package org.bilateral.hill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bilateral.WorkbenchTest;
import org.bilateral.engagements.Directory;
import org.bilateral.extraction.RegisterFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The register's persons linked to members: refreshed idempotently, reviewed on /hill/matches, decisions kept through reloads. */
@WorkbenchTest
@AutoConfigureMockMvc
class LegislatorMatchesTest {

    @Autowired LegislatorMatches matches;
    @Autowired CongressLoads loads;
    @Autowired Directory directory;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @TempDir Path dir;

    static final String RICK_SCOTT = "S001217,Rick Scott,yes,Rick,,Scott,,,Scott,senate,FL,,1,senior,yes,Republican,,2025-01-03,2031-01-03,"
            + ",,2019-01-08,,,,Rick Scott,https://www.rickscott.senate.gov\n";
    static final String TIM_SCOTT = "S001184,Tim Scott,yes,Tim,,Scott,,,Scott,senate,SC,,3,junior,yes,Republican,,2023-01-03,2029-01-03,"
            + ",,2013-01-03,,,,Tim Scott,https://www.scott.senate.gov\n";

    @BeforeEach
    void empty() {
        HillFixture.clear(jdbc);
        RegisterFixture.clear(jdbc);
    }

    private Path snapshot(String... members) throws IOException {
        Files.writeString(dir.resolve("legislators-current.csv"), CongressLoadsTest.LEGISLATORS_HEADER + String.join("", members));
        Files.writeString(dir.resolve("committees-current.csv"), CongressLoadsTest.COMMITTEES);
        Files.writeString(dir.resolve("committee-membership.csv"), CongressLoadsTest.SEATS_HEADER);
        return dir;
    }

    private long person(String name, String title, String country) {
        return directory.recordPerson(new Directory.RecordPerson(name, title, country, null, null)).value();
    }

    @Test
    void aRefreshLinksTheCertainProposesTheUnsureAndTheSecondChangesNothing() throws IOException {
        loads.load(snapshot(CongressLoadsTest.HAGERTY, CongressLoadsTest.BLACKBURN, RICK_SCOTT, TIM_SCOTT));
        long hagerty = person("Bill Hagerty", "Senator", "US");
        long scott = person("Scott", "Senator", "US");
        person("Lê Mạnh Hùng", "Acting Minister of Industry and Trade", "VN");
        person("Howard Lutnick", "Secretary of Commerce", "US");

        // Hagerty linked, Scott proposed; the minister (of Vietnam) and the secretary (no member) are nobody's
        assertThat(matches.refresh()).isEqualTo(2);
        assertThat(matches.refresh()).as("nothing new: nothing changes").isZero();
        assertThat(matches.persons(BioguideId.of("H000601"))).containsExactly(hagerty);
        assertThat(matches.legislatorOf(hagerty)).map(Legislator::lastName).contains("Hagerty");
        assertThat(matches.legislatorOf(scott)).as("a proposal is no link yet").isEmpty();
        assertThat(matches.undecided()).extracting(LegislatorMatches.Linked::personId, l -> l.legislator().id().value(),
                        LegislatorMatches.Linked::certainty)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(scott, "S001217", LegislatorMatches.Certainty.PROPOSED),
                        org.assertj.core.groups.Tuple.tuple(hagerty, "H000601", LegislatorMatches.Certainty.CERTAIN));

        // a person recorded after the last refresh is linked at the next question: the register publishes no event
        long blackburn = person("Marsha Blackburn", "U.S. Senator", "US");
        assertThat(matches.legislatorOf(blackburn)).map(l -> l.id().value()).contains("B001243");
    }

    @Test
    void anEditorConfirmsOrRejectsOnThePageAndTheDecisionOutlivesRefreshAndReload() throws Exception {
        loads.load(snapshot(CongressLoadsTest.HAGERTY, CongressLoadsTest.BLACKBURN, RICK_SCOTT, TIM_SCOTT));
        long hagerty = person("Bill Hagerty", "Senator", "US");
        long scott = person("Scott", "Senator", "US");

        String vi = mvc.perform(get("/hill/matches?lang=vi").with(user("viewer").roles("VIEWER"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(vi).contains("Thượng nghị sĩ Rick Scott (Đảng Cộng hòa, FL)", "đề xuất", "chắc chắn",
                "một trong 2 nghị sĩ khớp tên; những người còn lại: Tim Scott (SC)").doesNotContain("hill/matches/" + scott + "/S001217/confirm");
        String en = mvc.perform(get("/hill/matches?lang=en").with(user("analyst").roles("ANALYST"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(en).contains("Senator Bill Hagerty (Republican, TN)", "the name and the chamber (the Senate) fit this member alone",
                "/hill/matches/" + scott + "/S001217/confirm");

        // a viewer reads the page but may not decide
        mvc.perform(post("/hill/matches/" + scott + "/S001217/confirm").with(user("viewer").roles("VIEWER")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/hill/matches/" + scott + "/S001217/confirm").with(user("analyst").roles("ANALYST")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/hill/matches/" + hagerty + "/H000601/reject").with(user("analyst").roles("ANALYST")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/hill/matches/" + hagerty + "/H000601/maybe").with(user("analyst").roles("ANALYST")).with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(matches.legislatorOf(scott)).map(l -> l.id().value()).contains("S001217");
        assertThat(matches.legislatorOf(hagerty)).as("rejected").isEmpty();

        // a newer snapshot (Blackburn gone, Rick Scott's term end changed) refreshes every person: the decisions hold
        loads.load(snapshot(CongressLoadsTest.HAGERTY, RICK_SCOTT.replace("2031-01-03", "2037-01-03"), TIM_SCOTT));
        matches.refresh();
        assertThat(matches.legislatorOf(scott)).map(l -> l.id().value()).contains("S001217");
        assertThat(matches.legislatorOf(hagerty)).isEmpty();
        assertThat(matches.undecided()).isEmpty();
        assertThat(matches.decisions()).extracting(LegislatorMatches.Decision::personId, LegislatorMatches.Decision::confirmed)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(scott, true), org.assertj.core.groups.Tuple.tuple(hagerty, false));

        // a member who left stays the person's member, as a former one
        loads.load(snapshot(CongressLoadsTest.HAGERTY, TIM_SCOTT));
        assertThat(matches.legislatorOf(scott)).map(l -> l.id().value()).contains("S001217");
        String after = mvc.perform(get("/hill/matches?lang=en").with(user("analyst").roles("ANALYST")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(after).contains("Senator Rick Scott (Republican, FL), a former member");
    }
}
