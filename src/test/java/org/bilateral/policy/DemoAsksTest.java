package org.bilateral.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.bilateral.WorkbenchTest;
import org.bilateral.workbench.DemoRequested;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/** serve --demo fills an empty asks register from the reference data's asks file, and says why not when it is absent. */
@WorkbenchTest
class DemoAsksTest {

    @Autowired DemoAsks demo;
    @Autowired Asks asks;
    @Autowired ApplicationEventPublisher events;
    @Autowired JdbcClient jdbc;
    @TempDir Path reference;

    @BeforeEach
    void empty() {
        jdbc.sql("delete from ask").update();
    }

    @Test
    void theDemonstrationLoadsTheAsksOfTheReferenceLocationIntoAnEmptyRegisterOnce() {
        // the test fixture's reference location holds three asks: one of Vietnam's, two of the US's
        events.publishEvent(new DemoRequested(YearMonth.of(2026, 11)));

        assertThat(asks.list(null, null)).extracting(Asks.Ask::statement).containsExactlyInAnyOrder(
                "Postpone the reciprocal tariff on Vietnamese goods", "Stop transshipment of other countries' goods through Vietnam",
                "Open the market to US farm goods");
        assertThat(asks.list(null, null)).allSatisfy(a -> assertThat(a.latest().orElseThrow().source()).startsWith("vietnam-us-asks.csv, line "));

        events.publishEvent(new DemoRequested(YearMonth.of(2026, 11)));
        assertThat(asks.list(null, null)).hasSize(3);
        // the test fixture's asks carry their Vietnamese statement, as the demonstration's pages show them
        assertThat(asks.list(null, null)).extracting(Asks.Ask::statementVi).contains("Mở cửa thị trường cho nông sản Hoa Kỳ");
    }

    @Test
    void aReferenceFolderWithTheAsksFileFillsTheRegisterAndSaysWhatItLoaded() throws Exception {
        Files.createDirectories(reference.resolve("policy"));
        Files.writeString(reference.resolve(DemoAsks.FILE), """
                date,side,ask,topic,where_said,who,source_url,quote,note
                2025-04-09,VN,Recognise Vietnam as a market economy,market_economy_status,Washington,,,,
                2025-07-02,US,Stop transshipment through Vietnam,trade_fraud,,,,,
                """);

        String said = demo.load(reference);

        assertThat(said).startsWith("Asks loaded from " + reference.resolve(DemoAsks.FILE).toAbsolutePath().normalize())
                .endsWith(": 2 rows, 2 asks opened, 2 positions added.");
        assertThat(asks.list(null, null)).hasSize(2);
        assertThat(demo.load(reference)).isEqualTo("The register already holds asks; --demo loads none.");
    }

    @Test
    void theDemonstrationsAsksOfTheSharedFileGetTheirVietnameseStatementFromTheWorkbenchWhereTheyHaveNone() throws Exception {
        // the shared asks file has no statement_vi: the workbench's own list gives one by the English statement
        Files.createDirectories(reference.resolve("policy"));
        Files.writeString(reference.resolve(DemoAsks.FILE), """
                date,side,ask,topic,where_said,who,source_url,quote,note
                2025-10-26,US,Cooperate on export controls,export_controls,Joint statement,,,,
                2025-04-09,VN,Recognise Vietnam as a market economy,market_economy_status,Washington,,,,
                """);

        assertThat(demo.load(reference)).endsWith(": 2 rows, 2 asks opened, 2 positions added, 1 ask given its Vietnamese statement.");
        assertThat(asks.list(PolicyTopic.EXPORT_CONTROLS, null).get(0).statementVi()).isEqualTo("Hợp tác về kiểm soát xuất khẩu");
        // an ask the list does not hold keeps its English alone
        assertThat(asks.list(PolicyTopic.MARKET_ECONOMY_STATUS, null).get(0).statementVi()).isNull();
    }

    @Test
    void withoutTheSharedDataTheDemonstrationSaysTheAsksWereNotLoadedAndWhy() {
        String said = demo.load(reference);

        assertThat(said).startsWith("Asks not loaded: there is no " + reference.resolve("policy/vietnam-us-asks.csv").toAbsolutePath().normalize())
                .contains("../shared/data beside the checkout").contains("BILATERAL_REFERENCE")
                .contains("on the Asks page").contains("./bilateral asks import FILE.csv");
        assertThat(asks.list(null, null)).isEmpty();
    }

    @Test
    void aBrokenAsksFileIsNotLoadedAndTheDemonstrationSaysWhereItIsWrong() throws Exception {
        Files.createDirectories(reference.resolve("policy"));
        Files.writeString(reference.resolve(DemoAsks.FILE), """
                date,side,ask,topic,where_said,who,source_url,quote,note
                2025-04-09,VN,Recognise Vietnam as a market economy,market_economy_status,Washington,,,,
                2025-13-02,US,Stop transshipment through Vietnam,trade_fraud,,,,,
                """);

        assertThat(demo.load(reference)).startsWith("Asks not loaded: vietnam-us-asks.csv, line 3, field date:");
        assertThat(asks.list(null, null)).as("all rows or none").isEmpty();
    }
}
