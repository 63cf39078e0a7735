package org.bilateral.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.bilateral.WorkbenchTest;
import org.bilateral.policy.Asks;
import org.bilateral.policy.PolicyTopic;
import org.bilateral.shared.CountryCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The command line's Vietnamese documents: the reporting template in either language, an ask's Vietnamese statement set. */
@WorkbenchTest
class DocumentsInVietnameseCommandLineTest {

    @Autowired CommandLineHost host;
    @Autowired JdbcClient jdbc;
    @Autowired Asks asks;
    @TempDir Path dir;

    /** The command run as a user types it. */
    CommandRun run(String... args) {
        return CommandRun.of(host, args);
    }

    private static String secondSheet(Path file) throws Exception {
        try (Workbook wb = WorkbookFactory.create(Files.newInputStream(file))) {
            return wb.getSheetName(1);
        }
    }

    @Test
    void theReportingTemplateIsWrittenInVietnameseByDefaultOrInEnglishAndAnotherLanguageIsRefused() throws Exception {
        Path vi = dir.resolve("mau.xlsx");
        Path en = dir.resolve("template.xlsx");
        assertThat(run("reporting", "template", vi.toString()).exitCode()).isZero();
        assertThat(secondSheet(vi)).isEqualTo("Tiến độ");
        assertThat(run("reporting", "template", en.toString(), "--lang", "en").exitCode()).isZero();
        assertThat(secondSheet(en)).isEqualTo("Progress");
        CommandRun french = run("reporting", "template", dir.resolve("x.xlsx").toString(), "--lang", "fr");
        assertThat(french.exitCode()).isNotZero();
        assertThat(french.err()).contains("--lang").contains("'fr' is not a language of the template (vi, en)");
    }

    @Test
    void anAsksVietnameseStatementIsSetAndShownOnTheCommandLine() {
        jdbc.sql("delete from ask").update();
        long id = asks.open(new Asks.OpenAsk(CountryCode.of("VN"), CountryCode.of("US"), PolicyTopic.MARKET_ECONOMY_STATUS,
                "Recognise Vietnam as a market economy")).id();
        CommandRun set = run("asks", "statement-vi", "A" + id, "Công nhận quy chế kinh tế thị trường");
        assertThat(set.exitCode()).isZero();
        assertThat(asks.ask(id).statementVi()).isEqualTo("Công nhận quy chế kinh tế thị trường");
        assertThat(run("asks", "show", "A" + id).out()).contains("Recognise Vietnam as a market economy\nCông nhận quy chế kinh tế thị trường");
        assertThat(run("asks", "--format", "csv").out()).contains("Recognise Vietnam as a market economy,Công nhận quy chế kinh tế thị trường,");
        assertThat(run("asks", "statement-vi", "A" + id, "").exitCode()).isZero();
        assertThat(asks.ask(id).statementVi()).isNull();
    }
}
