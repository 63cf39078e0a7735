package org.bilateral.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.bilateral.WorkbenchTest;
import org.bilateral.engagements.Directory;
import org.bilateral.engagements.EngagementKind;
import org.bilateral.engagements.Engagements;
import org.bilateral.engagements.OrganisationKind;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.ReportedDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One meeting told by the ministry in Vietnamese and by the embassy in English, each press release's proposals
 * accepted: one person, one organisation, one engagement with both sources, each shown in the page's language. The
 * proposals are written here as a reader would give them, so that the register is tested apart from any reader.
 */
@WorkbenchTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "ANALYST")
class OneRegisterAcrossLanguagesTest {

    static final String VIETNAMESE = """
            Chiều ngày 2/2, tại Hà Nội, Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên đã có buổi làm việc với Đại sứ Hoa Kỳ tại \
            Việt Nam Marc Knapper về thúc đẩy thương mại song phương cân bằng, bền vững.""";

    static final String ENGLISH = """
            HANOI, February 3, 2026 - Minister of Industry and Trade Nguyen Hong Dien met U.S. Ambassador to Vietnam Marc \
            Knapper on February 2 to discuss balanced and sustainable bilateral trade.""";

    @Autowired PressReleaseStore store;
    @Autowired PressReleases pressReleases;
    @Autowired Directory directory;
    @Autowired Engagements engagements;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void emptyRegister() {
        RegisterFixture.clear(jdbc);
    }

    /** A press release with the proposals of one meeting of the minister and the ambassador, as read in its language. */
    private long release(String name, String text, String minister, String ministerTitle, String ambassadorTitle, String ministry,
                         String acronym) {
        long doc = store.insertRelease(name, name, text, LocalDate.of(2026, 2, 3), "", "analyst");
        BigDecimal sure = new BigDecimal("0.900");
        store.insertProposal(doc, new ProposedRecord.Event(EngagementKind.MEETING, ReportedDate.parse("2026-02-02"), null, null, null, null,
                List.of(minister, "Marc Knapper"), List.of(), null), 0, 0, text.length(), sure);
        store.insertProposal(doc, new ProposedRecord.Person(minister, ministerTitle, CountryCode.of("VN"), ministry), 1, 0, 20, sure);
        store.insertProposal(doc, new ProposedRecord.Person("Marc Knapper", ambassadorTitle, CountryCode.of("US"), null), 2, 0, 20, sure);
        store.insertProposal(doc, new ProposedRecord.Organisation(ministry, acronym, CountryCode.of("VN"), OrganisationKind.MINISTRY, true), 3, 0, 20,
                sure);
        return doc;
    }

    private void bothAccepted() {
        long vi = release("bct-2-2.txt", VIETNAMESE, "Nguyễn Hồng Diên", "Bộ trưởng Bộ Công Thương", "Đại sứ Hoa Kỳ tại Việt Nam", "Bộ Công Thương",
                null);
        long en = release("embassy-2-3.txt", ENGLISH, "Nguyen Hong Dien", "Minister of Industry and Trade", "U.S. Ambassador to Vietnam",
                "Ministry of Industry and Trade", "MOIT");
        pressReleases.acceptAll(vi, "analyst");
        pressReleases.acceptAll(en, "analyst");
        assertThat(pressReleases.proposals(vi)).extracting(PressReleases.Proposal::status).containsOnly("accepted");
        assertThat(pressReleases.proposals(en)).extracting(PressReleases.Proposal::status).containsOnly("accepted");
    }

    @Test
    void aVietnameseAndAnEnglishReportOfOneMeetingAreOnePersonOneOrganisationAndOneEngagementWithTwoSources() {
        bothAccepted();
        assertThat(directory.people()).extracting(Directory.Person::name).containsExactlyInAnyOrder("Nguyễn Hồng Diên", "Marc Knapper");
        Directory.Person dien = person("Nguyễn Hồng Diên");
        assertThat(dien.names()).containsExactlyInAnyOrder("Nguyễn Hồng Diên", "Nguyen Hong Dien");
        assertThat(dien.titles()).extracting(Directory.Title::title).as("one office in two languages is one title")
                .containsExactly("Bộ trưởng Bộ Công Thương");
        assertThat(directory.organisations()).singleElement().satisfies(o -> {
            assertThat(o.names()).containsExactlyInAnyOrder("Bộ Công Thương", "Ministry of Industry and Trade", "MOIT");
            assertThat(o.acronym()).isEqualTo("MOIT");
            assertThat(o.id()).isEqualTo(dien.organisationId());
        });
        assertThat(engagements.timeline(null, null)).singleElement().satisfies(e -> {
            assertThat(e.happened()).isEqualTo("2026-02-02");
            assertThat(e.sources()).extracting(Engagements.Source::name).containsExactly("bct-2-2.txt", "embassy-2-3.txt");
            assertThat(e.participants()).extracting(Engagements.Participant::name).containsExactlyInAnyOrder("Nguyễn Hồng Diên", "Marc Knapper");
        });
    }

    @Test
    void thePersonsPageShowsTheTitleInThePagesLanguage() throws Exception {
        bothAccepted();
        Directory.Person dien = person("Nguyễn Hồng Diên");
        String vi = page("/people/" + dien.id(), "vi");
        assertThat(vi).contains("Nguyễn Hồng Diên", "Bộ trưởng Bộ Công Thương").doesNotContain("Minister of Industry and Trade");
        String en = page("/people/" + dien.id(), "en");
        assertThat(en).contains("Nguyễn Hồng Diên", "Minister of Industry and Trade").doesNotContain("Bộ trưởng Bộ Công Thương");
        assertThat(page("/people", "en")).contains("Minister of Industry and Trade", "U.S. Ambassador to Vietnam");
        assertThat(page("/people", "vi")).contains("Bộ trưởng Bộ Công Thương", "Đại sứ Hoa Kỳ tại Việt Nam");
    }

    @Test
    void theEngagementAndTheOrganisationAreShownInThePagesLanguageWithBothSources() throws Exception {
        bothAccepted();
        long meeting = engagements.timeline(null, null).get(0).id();
        // the sources quote each report in its own language; the participants are named in the page's
        String vi = page("/engagements/" + meeting, "vi");
        assertThat(vi).contains("bct-2-2.txt", "embassy-2-3.txt");
        assertThat(participants(vi)).contains("Bộ trưởng Bộ Công Thương", "Đại sứ Hoa Kỳ tại Việt Nam").doesNotContain("U.S. Ambassador to Vietnam");
        String en = page("/engagements/" + meeting, "en");
        assertThat(en).contains("bct-2-2.txt", "embassy-2-3.txt");
        assertThat(participants(en)).contains("Minister of Industry and Trade", "U.S. Ambassador to Vietnam").doesNotContain("Bộ trưởng");
        long moit = directory.organisations().get(0).id();
        assertThat(page("/organisations/" + moit, "en")).contains("<span>Ministry of Industry and Trade</span>");
        assertThat(page("/organisations/" + moit, "vi")).contains("<span>Bộ Công Thương</span>");
        assertThat(page("/organisations", "en")).contains(">Ministry of Industry and Trade</a>");
        assertThat(page("/organisations", "vi")).contains(">Bộ Công Thương</a>");
    }

    @Test
    void aParticipantTheReviewerTypesInVietnameseIsTheRecordTheEnglishReportMade() {
        long en = release("embassy-2-3.txt", ENGLISH, "Nguyen Hong Dien", "Minister of Industry and Trade", "U.S. Ambassador to Vietnam",
                "Ministry of Industry and Trade", "MOIT");
        pressReleases.acceptAll(en, "analyst");
        long vi = store.insertRelease("bct-3-10.txt", "bct-3-10.txt", VIETNAMESE, LocalDate.of(2026, 3, 10), "", "analyst");
        store.insertProposal(vi, new ProposedRecord.Event(EngagementKind.CALL, ReportedDate.parse("2026-03-10"), null, null, null, null,
                List.of("Nguyễn Hồng Diên"), List.of(), null), 0, 0, 20, new BigDecimal("0.900"));
        long call = pressReleases.proposals(vi).get(0).id();
        // the reviewer adds the ministry by its Vietnamese name, which no report has written yet
        pressReleases.accept(call, Corrections.of(java.util.Map.of("participants", List.of("Nguyễn Hồng Diên", "Bộ Công Thương"))), "analyst");

        assertThat(directory.organisations()).extracting(Directory.Organisation::name).containsExactly("Ministry of Industry and Trade");
        assertThat(directory.people()).extracting(Directory.Person::name).contains("Nguyễn Hồng Diên").doesNotContain("Nguyen Hong Dien");
        Engagements.Engagement called = engagements.timeline(null, null).stream().filter(e -> e.kind() == EngagementKind.CALL).findFirst()
                .orElseThrow();
        assertThat(called.participants()).extracting(Engagements.Participant::type, Engagements.Participant::id).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("person", person("Nguyễn Hồng Diên").id()),
                org.assertj.core.groups.Tuple.tuple("organisation", directory.organisations().get(0).id()));
    }

    private String page(String path, String lang) throws Exception {
        return mvc.perform(get(path).param("lang", lang)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String participants(String html) {
        int start = html.indexOf("<ul id=\"participants\">");
        return html.substring(start, html.indexOf("</ul>", start));
    }

    private Directory.Person person(String name) {
        return directory.people().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }
}
