package org.bilateral.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bilateral.WorkbenchTest;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.InvalidInput;
import org.bilateral.doors.Uploads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The asks register: filled from an asks file whole or not at all, the same file again adding nothing. */
@WorkbenchTest
@AutoConfigureMockMvc
class AsksTest {

    static final String HEADER = "date,side,ask,topic,where_said,who,source_url,quote,note\n";

    @Autowired Asks asks;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired Uploads uploads;
    @TempDir Path dir;

    @BeforeEach
    void empty() {
        jdbc.sql("delete from ask").update();
    }

    private Path file(String name, String rows) throws Exception {
        return Files.writeString(dir.resolve(name), HEADER + rows);
    }

    @Test
    void eachRowIsAnAskOfTheOtherSideWithItsFirstPositionAndTheSameFileAgainAddsNothing() throws Exception {
        Path f = file("asks.csv", """
                2025-04-09,VN,Recognise Vietnam as a market economy,market_economy_status,"Meeting with USTR, Washington",Deputy PM Ho Duc Phoc,https://example.org/a,recognise Viet Nam's market economy status,secondary
                2025-05-02,VN,Remove Vietnam from country groups D:1 and D:3,export_controls,Phone call,Minister Nguyen Hong Dien,,,
                2025-07-02,US,Stop transshipment through Vietnam,trade_fraud,Truth Social post,President Trump,https://example.org/b,,
                """);
        Asks.Imported first = asks.importFile(f, "asks.csv");
        assertThat(first).isEqualTo(new Asks.Imported("asks.csv", 3, 3, 3, 0));
        assertThat(asks.importFile(f, "asks.csv")).isEqualTo(new Asks.Imported("asks.csv", 3, 0, 0, 3));

        var vietnams = asks.list(null, CountryCode.of("VN"));
        assertThat(vietnams).extracting(Asks.Ask::topic).containsExactly(PolicyTopic.EXPORT_CONTROLS, PolicyTopic.MARKET_ECONOMY_STATUS);
        Asks.Ask mes = asks.list(PolicyTopic.MARKET_ECONOMY_STATUS, null).get(0);
        assertThat(mes.addressee()).isEqualTo(CountryCode.of("US"));
        assertThat(mes.status()).isEqualTo(AskStatus.RAISED);
        assertThat(mes.latest().orElseThrow().who()).isEqualTo("Deputy PM Ho Duc Phoc");
        assertThat(mes.latest().orElseThrow().source()).isEqualTo("asks.csv, line 2");
        assertThat(asks.list(null, CountryCode.of("US"))).singleElement()
                .satisfies(a -> assertThat(a.addressee()).isEqualTo(CountryCode.of("VN")));
    }

    /** Spreadsheet programs save CSV "with BOM": the mark is skipped, not read as part of the first column's name. */
    @Test
    void anAsksFileSavedWithAByteOrderMarkIsRead() throws Exception {
        Path f = Files.writeString(dir.resolve("bom.csv"), "\uFEFF" + HEADER
                + "2025-04-09,VN,Recognise Vietnam as a market economy,market_economy_status,Washington,,,,\n"
                + "2025-07-02,US,Stop transshipment through Vietnam,trade_fraud,Truth Social post,,,,\n");
        // two rows, each a new ask with its first position
        assertThat(asks.importFile(f, "bom.csv")).isEqualTo(new Asks.Imported("bom.csv", 2, 2, 2, 0));
    }

    @Test
    void aFileWithBadRowsIsRefusedWholeNamingEachLineAndColumn() throws Exception {
        Path f = file("bad.csv", """
                2025-04-09,VN,Recognise Vietnam as a market economy,market_economy_status,Washington,,,,
                2025-13-01,VN,Another,tariffs,,,,,
                2025-05-02,Vietnam,Another,tariffs,,,,,
                2025-05-02,US,Another,fishing,,,javascript:alert(1),,
                2025-05-02,US,,tariffs,,,,,
                """);
        assertThatThrownBy(() -> asks.importFile(f, "bad.csv")).isInstanceOfSatisfying(InvalidInput.class, e ->
                assertThat(e.problems()).extracting(p -> p.location() + " " + p.field())
                        .contains("line 3 date", "line 4 side", "line 5 topic", "line 5 source_url", "line 6 ask"));
        assertThat(asks.list(null, null)).as("nothing stored").isEmpty();
    }

    @Test
    void aControlCharacterAtTheEndOfAOneLineCellIsRefusedByLineAndColumnNotTrimmedAndNothingIsStored() throws Exception {
        // Line 3's who ends in U+0007, line 4's side in a tab: String.trim would have taken both away unseen.
        Path f = file("asks.csv", """
                2025-04-09,VN,Recognise Vietnam as a market economy,market_economy_status,Washington,Deputy PM,,,
                2025-05-02,VN,Another,tariffs,,Minister,,,
                2025-07-02,US	,Stop transshipment,trade_fraud,,,,,
                """);
        assertThatThrownBy(() -> asks.importFile(f, "asks.csv")).isInstanceOfSatisfying(InvalidInput.class, e ->
                assertThat(e.problems()).extracting(Object::toString).containsExactly(
                        "asks.csv, line 3, field who: holds the character U+0007 at position 9 (a control character)",
                        "asks.csv, line 4, field side: holds the character U+0009 at position 3 (a control character)"));
        assertThat(asks.list(null, null)).as("nothing stored").isEmpty();
    }

    @Test
    void ordinarySpacesAroundACellAreStrippedAndALineBreakInAQuoteIsKept() throws Exception {
        Path f = file("asks.csv", """
                2025-04-09 , VN ,  Recognise Vietnam as a market economy , market_economy_status ,Washington, Deputy PM ,,"first line
                second line",
                2025-07-02,US,Stop transshipment,trade_fraud,,,,,
                """);
        assertThat(asks.importFile(f, "asks.csv").rows()).isEqualTo(2);
        assertThat(asks.list(null, CountryCode.of("VN"))).singleElement().satisfies(a -> {
            assertThat(a.statement()).isEqualTo("Recognise Vietnam as a market economy");
            assertThat(a.positions()).singleElement().satisfies(p -> {
                assertThat(p.who()).isEqualTo("Deputy PM");
                assertThat(p.quote()).isEqualTo("first line\nsecond line");
            });
        });
    }

    @Test
    void theAsksOfTheVietnamUsTalksImportWhole() {
        Path shared = Path.of("../shared/data/policy/vietnam-us-asks.csv");
        assumeTrue(Files.exists(shared), "../shared/data is not beside the project: the shared asks file is not tried");
        Asks.Imported imported = asks.importFile(shared, "vietnam-us-asks.csv");
        assertThat(imported.rows()).isEqualTo(22);
        assertThat(imported.positionsAdded()).isEqualTo(22);
        assertThat(asks.list(PolicyTopic.EXPORT_CONTROLS, CountryCode.of("VN"))).isNotEmpty();
        assertThat(asks.importFile(shared, "vietnam-us-asks.csv").unchanged()).isEqualTo(22);
    }

    @Test
    void theRegisterIsOnThePagesInTheApiAndInEveryDownload() throws Exception {
        asks.importFile(file("asks.csv", "2025-04-09,VN,Recognise Vietnam as a market economy,market_economy_status,Washington,,,,\n"
                + "2025-04-10,US,Open the market,market_access,Hanoi,,,,\n"), "asks.csv");
        long id = asks.list(null, CountryCode.of("VN")).get(0).id();
        var viewer = user("v").roles("VIEWER");
        assertThat(mvc.perform(get("/asks").with(viewer)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Recognise Vietnam as a market economy").contains("Market access");
        mvc.perform(get("/asks/A" + id).with(viewer)).andExpect(status().isOk());
        mvc.perform(get("/asks/A999999").with(viewer)).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/api/asks").param("topic", "market_access").with(viewer)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Open the market").doesNotContain("market economy");
        assertThat(mvc.perform(get("/asks.csv").with(viewer)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).startsWith("ask,side,of,topic,statement");
        mvc.perform(get("/asks.xlsx").with(viewer)).andExpect(status().isOk());
    }

    @Test
    void anAskIsOpenedByHandItsPositionsAddedAndWhereItStandsChanged() throws Exception {
        var analyst = user("analyst-a").roles("ANALYST");
        mvc.perform(post("/asks").with(analyst).with(csrf()).param("side", "vn").param("addressee", "US")
                .param("topic", "digital_trade").param("statement", "Recognise Vietnam's data rules"))
                .andExpect(status().is3xxRedirection());
        Asks.Ask opened = asks.list(PolicyTopic.DIGITAL_TRADE, null).get(0);
        mvc.perform(post("/asks/A" + opened.id() + "/positions").with(analyst).with(csrf()).param("saidOn", "2026-01-15")
                .param("who", "Minister Nguyen Hong Dien").param("whereSaid", "Round 7, Washington")
                .param("answer", "USTR: under study")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/asks/A" + opened.id() + "/status").with(analyst).with(csrf()).param("status", "under discussion"))
                .andExpect(status().is3xxRedirection());
        Asks.Ask after = asks.ask(opened.id());
        assertThat(after.status()).isEqualTo(AskStatus.UNDER_DISCUSSION);
        assertThat(after.latest().orElseThrow().answer()).isEqualTo("USTR: under study");
        assertThat(after.latest().orElseThrow().source()).isEqualTo("entered by analyst-a");

        // the same position again, a date that is none, a link that is no web address: refused by their fields
        mvc.perform(post("/asks/A" + opened.id() + "/positions").with(analyst).with(csrf()).param("saidOn", "2026-01-15")
                .param("whereSaid", "Round 7, Washington")).andExpect(status().isBadRequest());
        mvc.perform(post("/asks/A" + opened.id() + "/positions").with(analyst).with(csrf()).param("saidOn", "15 Jan"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/asks/A" + opened.id() + "/positions").with(httpBasicOf()).contentType("application/json")
                .content("{\"saidOn\":\"2026-02-01\",\"sourceUrl\":\"javascript:alert(1)\"}")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/asks").with(httpBasicOf()).contentType("application/json")
                .content("{\"side\":\"US\",\"addressee\":\"VN\",\"topic\":\"fishing\",\"statement\":\"x\"}"))
                .andExpect(status().isBadRequest());
        // viewers read, and change nothing
        mvc.perform(post("/asks/A" + opened.id() + "/status").with(user("v").roles("VIEWER")).with(csrf()).param("status", "met"))
                .andExpect(status().isForbidden());
        assertThat(mvc.perform(get("/asks/A" + opened.id()).with(user("v").roles("VIEWER"))).andReturn().getResponse()
                .getContentAsString()).contains("USTR: under study").doesNotContain("position-form");
    }

    @Test
    void anAsksFileUploadedOnTheAsksPageIsImportedWholeOrRefusedOnThePageByLineAndColumn() throws Exception {
        var analyst = user("analyst-a").roles("ANALYST");
        MockMultipartFile good = new MockMultipartFile("file", "asks-round-3.csv", "text/csv", (HEADER + """
                2025-04-09,VN,Recognise Vietnam as a market economy,market_economy_status,Washington,,,,
                2025-07-02,US,Stop transshipment through Vietnam,trade_fraud,,,,,
                """).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String page = mvc.perform(multipart("/asks/import").file(good).with(analyst).with(csrf()).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("asks-round-3.csv: 2 rows, 2 asks opened, 2 positions added, 0 already on record.")
                .contains("Recognise Vietnam as a market economy").doesNotContain("asks-problems");
        assertThat(asks.list(null, null)).hasSize(2);
        String register = registerAsItIs();
        assertThat(register.lines()).as("two asks, each with its first position").hasSize(2);
        // the same file again adds nothing, and the Vietnamese page says so in Vietnamese
        String again = mvc.perform(multipart("/asks/import").file(good).with(analyst).with(csrf()).param("lang", "vi"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(again).contains("asks-round-3.csv: 2 dòng; mở mới 0 đề nghị, thêm 0 lập trường; 2 dòng đã có từ trước.");
        assertThat(registerAsItIs()).as("the same file again: not an ask or a position more").isEqualTo(register);

        MockMultipartFile bad = new MockMultipartFile("file", "asks-bad.csv", "text/csv", (HEADER + """
                2025-05-02,VN,Remove Vietnam from country groups D:1 and D:3,export_controls,Phone call,,,,
                2025-13-01,VN,Another,tariffs,,,,,
                2025-05-02,US,Another,fishing,,,,,
                """).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String refused = mvc.perform(multipart("/asks/import").file(bad).with(analyst).with(csrf()).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(refused).contains("id=\"asks-problems\"").contains("Refused: nothing from this file was stored")
                .contains("asks-bad.csv, line 3, field date: ").contains("asks-bad.csv, line 4, field topic: ");
        assertThat(asks.list(null, null)).as("the good row of a refused file is not stored either").hasSize(2);
        assertThat(registerAsItIs()).as("a refused file changes nothing").isEqualTo(register);
        try (var left = Files.list(uploads.folder())) {
            assertThat(left).as("no upload is left on disk, imported or refused").isEmpty();
        }

        MockMultipartFile empty = new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0]);
        assertThat(mvc.perform(multipart("/asks/import").file(empty).with(analyst).with(csrf()).param("lang", "en")).andReturn()
                .getResponse().getContentAsString()).contains("empty.csv: the file is empty");

        // the form is an editor's: a viewer sees none and is refused; an administrator imports as an analyst does
        assertThat(mvc.perform(get("/asks").with(user("v").roles("VIEWER"))).andReturn().getResponse().getContentAsString())
                .doesNotContain("asks-upload");
        assertThat(mvc.perform(get("/asks").with(analyst)).andReturn().getResponse().getContentAsString()).contains("id=\"asks-upload\"");
        mvc.perform(multipart("/asks/import").file(good).with(user("v").roles("VIEWER")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(multipart("/asks/import").file(good).with(user("r").roles("REPORTER")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(multipart("/asks/import").file(good).with(user("root").roles("ADMIN")).with(csrf())).andExpect(status().isOk());
    }

    /** Every ask and position as stored, one line each, to compare the register before and after an upload. */
    private String registerAsItIs() {
        return String.join("\n", jdbc.sql("""
                select a.id || '|' || a.side || '|' || a.topic || '|' || a.statement || '|' || p.id || '|' || p.said_on || '|'
                       || coalesce(p.where_said, '') || '|' || p.source
                from ask a join ask_position p on p.ask_id = a.id order by a.id, p.id""").query(String.class).list());
    }

    @Test
    void theApiRefusesAsTheApiDoesWithAProblemDetailNamingTheField() throws Exception {
        String body = mvc.perform(post("/api/asks").with(httpBasicOf()).contentType("application/json")
                        .content("{\"side\":\"US\",\"addressee\":\"VN\",\"topic\":\"fishing\",\"statement\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentTypeCompatibleWith("application/problem+json"))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).contains("topic").doesNotContain("<html");
        mvc.perform(get("/api/issues").param("topic", "fishing").with(httpBasicOf())).andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void twoWordingsOfOneAskAreProposedAsTheSameAndMergedKeepBothPositionsUnderOneNumber() throws Exception {
        Path f = file("asks.csv", """
                2025-05-07,VN,Formally recognise Vietnam as a market economy,market_economy_status,Meeting with USCC,Minister,,,
                2025-05-22,VN,Soon recognise Vietnam's market economy status,market_economy_status,Meeting with Commerce,Minister,,,
                2025-05-22,VN,Remove Vietnam from export control lists (D1 D3),export_controls,Meeting with Commerce,Minister,,,
                2025-05-24,US,Crack down on transshipment through Vietnam,trade_fraud,Second round,USTR,,,
                """);
        asks.importFile(f, "asks.csv");
        Asks.Ask formally = asks.list(PolicyTopic.MARKET_ECONOMY_STATUS, null).get(0);
        Asks.Ask soon = asks.list(PolicyTopic.MARKET_ECONOMY_STATUS, null).get(1);
        assertThat(asks.alike(soon.id())).singleElement().satisfies(a -> {
            assertThat(a.ask().id()).isEqualTo(formally.id());
            assertThat(a.shared()).isBetween(0.6, 0.7);
        });
        assertThat(asks.alike(asks.list(PolicyTopic.EXPORT_CONTROLS, null).get(0).id())).as("another topic is another ask").isEmpty();

        assertThat(mvc.perform(get("/asks/A" + soon.id()).with(user("analyst").roles("ANALYST"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("May be the same ask as", "Merge into A" + formally.id());
        assertThat(mvc.perform(post("/asks/A" + soon.id() + "/merge").param("into", "A" + formally.id())
                .with(user("v").roles("VIEWER")).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
        mvc.perform(post("/asks/A" + soon.id() + "/merge").param("into", "A" + formally.id()).with(user("analyst").roles("ANALYST"))
                .with(csrf())).andExpect(status().is3xxRedirection());
        Asks.Ask kept = asks.ask(soon.id());
        assertThat(kept.id()).as("the merged number answers with the one kept").isEqualTo(formally.id());
        assertThat(kept.statement()).isEqualTo("Formally recognise Vietnam as a market economy");
        assertThat(kept.positions()).extracting(p -> p.saidOn().toString()).containsExactly("2025-05-07", "2025-05-22");
        assertThat(asks.list(PolicyTopic.MARKET_ECONOMY_STATUS, null)).hasSize(1);
        assertThat(asks.importFile(f, "asks.csv")).as("the file again adds nothing").isEqualTo(new Asks.Imported("asks.csv", 4, 0, 0, 4));
        mvc.perform(get("/asks/A" + soon.id()).with(user("v").roles("VIEWER"))).andExpect(status().is3xxRedirection());

        long usAsk = asks.list(null, CountryCode.of("US")).get(0).id();
        assertThatThrownBy(() -> asks.merge(usAsk, formally.id(), "analyst")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("not the same ask");
        assertThatThrownBy(() -> asks.merge(soon.id(), formally.id(), "analyst")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("one ask already");
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor httpBasicOf() {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .httpBasic("admin", org.bilateral.WorkbenchTest.ADMIN_PASSWORD);
    }
}
