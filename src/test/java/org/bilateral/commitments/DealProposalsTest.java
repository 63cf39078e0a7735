package org.bilateral.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.bilateral.WorkbenchTest;
import org.bilateral.engagements.Directory;
import org.bilateral.engagements.OrganisationKind;
import org.bilateral.extraction.RegisterFixture;
import org.bilateral.shared.HsCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A deal read from a press release names its goods in words and its parties by name: the register proposes HS codes and
 * countries for a person to confirm or change.
 */
@WorkbenchTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "ANALYST")
class DealProposalsTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Directory directory;
    @Autowired PurchaseCommitments commitments;
    @Autowired DealProposals proposals;

    long boeing;
    long classified;

    @BeforeEach
    void aClassifiedDeal() {
        RegisterFixture.clear(jdbc);
        boeing = directory.recordOrganisation(new Directory.RecordOrganisation("Boeing", null, "US", OrganisationKind.COMPANY)).value();
        long airline = directory.recordOrganisation(new Directory.RecordOrganisation("VietJet", null, "VN", OrganisationKind.COMPANY)).value();
        classified = record(airline, boeing, new ReportedDeal.Item("737 MAX aircraft", HsCode.of("880240")), 100L, "user");
    }

    private long record(long buyer, Long seller, ReportedDeal.Item item, long quantity, String origin) {
        ReportedDeal.Source source = origin.equals("press_release") ? ReportedDeal.Source.pressRelease(7, "release 7", "agreed to buy")
                : new ReportedDeal.Source("user", null, "test", null, null, null, null, null);
        return commitments.record(new ReportedDeal(new Directory.OrganisationId(buyer), seller == null ? null : new Directory.OrganisationId(seller),
                List.of(item), null, quantity, "aircraft", ReportedValue.usd(new BigDecimal("1000000000"), null), Instrument.MOU, null,
                LocalDate.of(2026, 3, 1), null, false, source, null)).deal().value();
    }

    @Test
    void goodsInWordsGetTheCodeOfTheRegistersGoodsInTheSameWordsAndTheBuyerTheCountryItsNameSays() throws Exception {
        // As the press release reader records them: the buyer by name only, no HS code.
        long airline = directory.recordOrganisation(new Directory.RecordOrganisation("Vietnam Airlines", null, null, OrganisationKind.COMPANY)).value();
        long fromRelease = record(airline, boeing, new ReportedDeal.Item("Boeing 737 aircraft", null), 50L, "press_release");
        Deal deal = commitments.deal(fromRelease).orElseThrow();

        DealProposals.Proposals p = proposals.of(deal);

        // "Boeing 737 aircraft" shares 737 and aircraft with D1's "737 MAX aircraft", classified 880240.
        assertThat(p.items()).singleElement().satisfies(i -> {
            assertThat(i.position()).isZero();
            assertThat(i.hsCode()).isEqualTo("880240");
            assertThat(i.likeDeal()).isEqualTo(classified);
        });
        assertThat(p.countries()).singleElement().satisfies(c -> {
            assertThat(c.side()).isEqualTo("buyer");
            assertThat(c.country()).isEqualTo("VN");
            assertThat(c.nameSays()).isEqualTo("Vietnam");
        });
        // Proposed is not decided: the deal has no code and no buyer country until a person confirms them.
        assertThat(deal.hsCodes()).isEmpty();
        assertThat(deal.buyerCountry()).isNull();

        String page = mvc.perform(get("/deals/" + fromRelease)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"deal-proposals\"").contains("value=\"880240\"").contains("value=\"VN\"");

        // The person keeps the code (written with its dot) and the country.
        mvc.perform(post("/deals/" + fromRelease + "/goods/0/hs").param("hsCode", "8802.40").with(csrf()))
                .andExpect(redirectedUrl("/deals/" + fromRelease));
        mvc.perform(post("/deals/" + fromRelease + "/countries").param("organisation", String.valueOf(airline)).param("country", "vn").with(csrf()))
                .andExpect(redirectedUrl("/deals/" + fromRelease));
        Deal confirmed = commitments.deal(fromRelease).orElseThrow();
        assertThat(confirmed.hsCodes()).containsExactly("880240");
        assertThat(confirmed.buyerCountry()).isEqualTo("VN");
        assertThat(proposals.of(confirmed).isEmpty()).isTrue();
    }

    @Test
    void aPersonMayChangeTheProposalAndAPartysPeopleGiveItsCountry() throws Exception {
        long bamboo = directory.recordOrganisation(new Directory.RecordOrganisation("Bamboo Airways", null, null, OrganisationKind.COMPANY)).value();
        directory.recordPerson(new Directory.RecordPerson("Nguyen Van A", "Chairman", "VN", new Directory.OrganisationId(bamboo), null));
        directory.recordPerson(new Directory.RecordPerson("Tran Thi B", "Director", "VN", new Directory.OrganisationId(bamboo), null));
        directory.recordPerson(new Directory.RecordPerson("John Smith", "Adviser", "US", new Directory.OrganisationId(bamboo), null));
        long fromRelease = record(bamboo, boeing, new ReportedDeal.Item("787 widebody aircraft", null), 10L, "press_release");

        DealProposals.Proposals p = proposals.of(commitments.deal(fromRelease).orElseThrow());

        // Two of its three people are VN, one US: VN, said as 2 of 3.
        assertThat(p.countries()).singleElement().satisfies(c -> {
            assertThat(c.country()).isEqualTo("VN");
            assertThat(c.people()).isEqualTo(2);
            assertThat(c.peopleOf()).isEqualTo(3);
        });
        // The proposal (880240, from "aircraft") is changed to the heading 8802 by the person.
        assertThat(p.items()).singleElement().satisfies(i -> assertThat(i.hsCode()).isEqualTo("880240"));
        mvc.perform(post("/deals/" + fromRelease + "/goods/0/hs").param("hsCode", "8802").with(csrf())).andExpect(redirectedUrl("/deals/" + fromRelease));
        assertThat(commitments.deal(fromRelease).orElseThrow().hsCodes()).containsExactly("8802");
        // A code that is no HS code is refused by its field, and nothing changes.
        mvc.perform(post("/deals/" + fromRelease + "/goods/0/hs").param("hsCode", "88x").with(csrf())).andExpect(status().isBadRequest());
        assertThat(commitments.deal(fromRelease).orElseThrow().hsCodes()).containsExactly("8802");
    }

    @Test
    void goodsNoDealHasClassifiedAreProposedTheNomenclaturesClosestDescription() {
        // The fixture's "1201 Soya beans; whether or not broken" shares soya and bean and has one other word (broken);
        // "120190 Soya beans; other than seed, whether or not broken" has two (seed, broken): 1201 is the closer.
        assertThat(proposals.hsCode("soya beans")).hasValueSatisfying(i -> {
            assertThat(i.hsCode()).isEqualTo("1201");
            assertThat(i.likeDeal()).isNull();
        });
        assertThat(proposals.hsCode("consulting services")).isEmpty();
    }
}
