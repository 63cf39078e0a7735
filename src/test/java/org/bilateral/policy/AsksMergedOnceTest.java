package org.bilateral.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.bilateral.WorkbenchTest;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Race;
import org.bilateral.shared.StateConflict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

/** An ask is merged once: two merges crossing each other take one, and never leave two asks merged into each other. */
@WorkbenchTest
@AutoConfigureMockMvc
class AsksMergedOnceTest {

    static final int ROUNDS = 20;

    @Autowired Asks asks;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired javax.sql.DataSource dataSource;

    @BeforeEach
    void empty() {
        jdbc.sql("delete from ask").update();
    }

    private long open(String statement) {
        return asks.open(new Asks.OpenAsk(CountryCode.of("VN"), CountryCode.of("US"), PolicyTopic.MARKET_ECONOMY_STATUS, statement)).id();
    }

    @Test
    void twoMergesCrossingEachOtherMergeOneAskIntoTheOtherAndRefuseTheSecondSayingSo() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            long seven = open("Recognise Vietnam as a market economy, wording " + round);
            long nine = open("Grant Vietnam market economy status, wording " + round);

            List<Race.Outcome> outcomes = Race.run(() -> asks.merge(seven, nine, "first"), () -> asks.merge(nine, seven, "second"));

            assertThat(outcomes).as("round %d: exactly one merge is taken", round).filteredOn(Race.Outcome::done).hasSize(1);
            Race.Outcome refused = outcomes.stream().filter(o -> !o.done()).findFirst().orElseThrow();
            long kept = ((Asks.Ask) outcomes.stream().filter(Race.Outcome::done).findFirst().orElseThrow().answer()).id();
            long merged = kept == seven ? nine : seven;
            assertThat(refused.refusal()).as("round %d", round).isInstanceOf(StateConflict.class)
                    .hasMessageContaining("A" + merged + " is itself merged into A" + kept);
            assertThat(asks.ask(seven).id()).as("both numbers find the one kept").isEqualTo(kept);
            assertThat(asks.ask(nine).id()).isEqualTo(kept);
            assertThat(asks.list(PolicyTopic.MARKET_ECONOMY_STATUS, null)).as("the kept ask stays in the register")
                    .extracting(Asks.Ask::id).contains(kept).doesNotContain(merged);
        }
    }

    @Test
    void aMergeIntoAnAskMergedAlreadyIsRefusedNamingTheAskItWentInto() throws Exception {
        long seven = open("Recognise Vietnam as a market economy");
        long nine = open("Grant Vietnam market economy status");
        long eleven = open("Soon recognise Viet Nam's market economy");
        asks.merge(nine, seven, "analyst");

        assertThatThrownBy(() -> asks.merge(eleven, nine, "analyst")).isInstanceOf(StateConflict.class)
                .hasMessageContaining("A" + nine + " is itself merged into A" + seven + ": merge A" + eleven + " into A" + seven);
        assertThatThrownBy(() -> asks.merge(nine, eleven, "analyst")).isInstanceOf(StateConflict.class)
                .hasMessageContaining("A" + nine + " was merged into A" + seven + " already");
        String answer = mvc.perform(post("/api/asks/A" + eleven + "/merge").with(admin()).contentType("application/json")
                        .content("{\"into\": \"A" + nine + "\"}"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(answer).contains("A" + nine + " is itself merged into A" + seven);
        String page = mvc.perform(post("/asks/A" + eleven + "/merge").param("into", "A" + nine)
                        .with(user("analyst").roles("ANALYST")).with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("A" + nine + " is itself merged into A" + seven);
        assertThat(asks.ask(eleven).id()).as("the refused merges changed nothing").isEqualTo(eleven);
    }

    @Test
    void asksMergedIntoEachOtherAreSaidOnTheirPageNeverRedirectedForEver() throws Exception {
        long seven = open("Recognise Vietnam as a market economy");
        long nine = open("Grant Vietnam market economy status");
        // as two crossing merges left them before merges were locked
        jdbc.sql("update ask set merged_into = ? where id = ?").params(nine, seven).update();
        jdbc.sql("update ask set merged_into = ? where id = ?").params(seven, nine).update();

        String page = mvc.perform(get("/asks/A" + seven).with(user("v").roles("VIEWER")))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("A" + seven + " → A" + nine + " → A" + seven);
    }

    @Test
    void asksLeftMergedIntoEachOtherAreMendedByTheMigrationLosingNoPosition() throws Exception {
        long seven = open("Recognise Vietnam as a market economy");
        long nine = open("Grant Vietnam market economy status");
        long eleven = open("Soon recognise Viet Nam's market economy");
        asks.take(position(seven, "2025-05-07", "Meeting with USCC"), "test");
        asks.take(position(nine, "2025-05-22", "Meeting with Commerce"), "test");
        asks.take(position(nine, "2025-05-07", "Meeting with USCC"), "test");
        asks.take(position(eleven, "2025-06-01", "Phone call"), "test");
        // as two crossing merges left them before merges were locked, with a third merged into one of them
        jdbc.sql("update ask set merged_into = ? where id = ?").params(nine, seven).update();
        jdbc.sql("update ask set merged_into = ? where id = ?").params(seven, nine).update();
        jdbc.sql("update ask set merged_into = ? where id = ?").params(nine, eleven).update();

        new org.springframework.jdbc.datasource.init.ResourceDatabasePopulator(new org.springframework.core.io.ClassPathResource(
                "db/migration/policy/V48__ask_merge_circles_mended.sql")).execute(dataSource);

        assertThat(asks.ask(nine).id()).as("the lower number of the circle is kept").isEqualTo(seven);
        assertThat(asks.ask(eleven).id()).as("an ask merged into the circle answers with it").isEqualTo(seven);
        assertThat(asks.list(PolicyTopic.MARKET_ECONOMY_STATUS, null)).extracting(Asks.Ask::id).containsExactly(seven);
        // A7's own 05-07 at USCC, and A9's 05-22 at Commerce; A9's 05-07 at USCC is the same day and place, held once.
        // A11's position stays on A11: it was merged into A9 with its positions moved before the circle formed.
        assertThat(asks.ask(seven).positions()).extracting(p -> p.saidOn() + " " + p.whereSaid())
                .containsExactly("2025-05-07 Meeting with USCC", "2025-05-22 Meeting with Commerce");
        assertThat(jdbc.sql("select count(*) from ask_position").query(Long.class).single()).as("no position deleted").isEqualTo(4);
    }

    private static Asks.TakePosition position(long ask, String day, String where) {
        return new Asks.TakePosition(ask, java.time.LocalDate.parse(day), "Minister", where, null, null, null, null);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return SecurityMockMvcRequestPostProcessors.httpBasic("admin", org.bilateral.WorkbenchTest.ADMIN_PASSWORD);
    }
}
