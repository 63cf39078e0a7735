package org.bilateral.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bilateral.WorkbenchTest;
import org.bilateral.tradestats.TradeStatisticsFixture;
import org.bilateral.tradestats.CensusFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The bilateral command as a user types it, against the real database. */
@WorkbenchTest
class CommandLineTest {

    @Autowired CommandLineHost host;
    @Autowired JdbcClient jdbc;
    @TempDir Path dir;

    /** The command run as a user types it. */
    CommandRun run(String... args) {
        return CommandRun.of(host, args);
    }

    @BeforeEach
    void emptyStatistics() {
        TradeStatisticsFixture.clear(jdbc);
    }

    @Test
    void aBackupWithTablesTakenOutIsRefusedByRestoreNamingThemAndTheAccountsStay() throws Exception {
        Path archive = dir.resolve("nightly.zip");
        assertThat(run("backup", archive.toString()).exitCode()).isZero();
        // what `zip -d nightly.zip tables/deal.copy tables/app_user.copy` leaves
        Path damaged = dir.resolve("damaged.zip");
        try (var zip = new java.util.zip.ZipFile(archive.toFile());
             var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(damaged))) {
            for (var entry : java.util.Collections.list(zip.entries())) {
                if (!entry.getName().equals("tables/deal.copy") && !entry.getName().equals("tables/app_user.copy")) {
                    out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                    zip.getInputStream(entry).transferTo(out);
                    out.closeEntry();
                }
            }
        }
        long accounts = jdbc.sql("select count(*) from app_user").query(Long.class).single();
        assertThat(accounts).isPositive();

        CommandRun restored = run("restore", damaged.toString(), "--replace");
        assertThat(restored.exitCode()).isEqualTo(2);
        assertThat(restored.err()).contains("damaged.zip: tables/deal.copy is missing", "damaged.zip: tables/app_user.copy is missing",
                "the database was not changed").doesNotContain("Exception");
        assertThat(restored.out()).doesNotContain("Restored");
        assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single()).isEqualTo(accounts);
    }

    @Test
    void importThenBalanceAsCsvAndJson() {
        Path imports = CensusFile.imports().row("5520", "847130", "1000", "2024-01").row("5520", "847130", "500", "2024-02")
                .writeTo(dir, "imports.json");
        Path exports = CensusFile.exports().row("5520", "880240", "300", "2024-02").writeTo(dir, "exports.json");

        CommandRun imported = run("import", imports.toString(), exports.toString());
        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out()).contains("imports.json: 2 figures").contains("exports.json: 1 figure ");

        CommandRun csv = run("balance", "--reporter", "US", "--partner", "Viet Nam", "--by", "month", "--format", "csv");
        assertThat(csv.exitCode()).isZero();
        assertThat(csv.out().lines()).as("the same CSV as the web page's download")
                .startsWith("period,code,product,exports,imports,balance,exports year earlier,imports year earlier,"
                        + "exports change,imports change,months,partial,no change because,dataset,synthetic")
                // January is held by imports alone (exports start in February): left out, not shown against exports of 0.
                .noneMatch(line -> line.startsWith("2024-01"))
                .anySatisfy(line -> assertThat(line).startsWith("2024-02,,All products,300,500,-200,,,,,1,,"
                        + "no statistics of the same months a year earlier,\"US statistics: US Census Bureau International Trade API #"));

        // 2024 holds February for both flows: 300 − 500 = −200 (not 300 − 1,500 = −1,200), a partial year said as such.
        CommandRun json = run("balance", "--reporter", "US", "--partner", "VN", "--format", "json");
        assertThat(json.out()).contains("\"balance\" : -200").contains("\"shown\" : \"2024 (Feb)\"")
                .contains("\"partial\" : true").contains("\"synthetic\" : false");

        CommandRun table = run("mirror", "--a", "US", "--b", "VN", "--year", "2024");
        assertThat(table.exitCode()).isZero();
        assertThat(table.out()).contains("Mirror US–VN 2024").contains("US→VN").contains("All products");
    }

    @Test
    void aBadFileExitsNonZeroNamingLineAndFieldWithoutAStackTrace() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"),
                "[[\"CTY_CODE\",\"CTY_NAME\",\"I_COMMODITY\",\"GEN_VAL_MO\",\"time\"],\n[\"5520\",\"VIETNAM\",\"847130\",\"1000\",\"2024-13\"]]");

        CommandRun run = run("import", bad.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("error: bad.json, line 2 (record 1), field time: '2024-13' is not a month (YYYY-MM)")
                .contains("Nothing was stored.").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(jdbc.sql("select count(*) from trade_import").query(Long.class).single()).isZero();
    }

    @Test
    void wrongOptionsAndUnknownCountriesAreExplained() {
        CommandRun unknownLevel = run("balance", "--reporter", "US", "--partner", "VN", "--level", "tariff-line");
        assertThat(unknownLevel.exitCode()).isEqualTo(2);
        assertThat(unknownLevel.err()).contains("unknown level 'tariff-line'");

        CommandRun unknownCountry = run("balance", "--reporter", "US", "--partner", "Atlantis");
        assertThat(unknownCountry.err()).contains("unknown country 'Atlantis'");

        CommandRun missing = run("balance", "--reporter", "US");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("Missing required option: '--partner=<partner>'");

        CommandRun noYear = run("mirror", "--a", "US", "--b", "VN", "--year", "2030");
        assertThat(noYear.exitCode()).as("a year without statistics is said so, not shown as rows of zeros").isEqualTo(2);
        assertThat(noYear.err()).contains("no statistics of US or VN on their trade in 2030");
        assertThat(noYear.out()).doesNotContain("0.00");
    }

    @Test
    void countriesAreFoundByAnyCodeOrSpelling() {
        assertThat(run("reference", "country", "Việt Nam").out()).contains("VN  Vietnam  alpha-3 VNM").contains("US Census 5520");
        assertThat(run("reference", "country", "USA").out()).contains("Comtrade 842");
    }

    @Test
    void helpListsEveryCommandAndEveryCommandHasHelp() {
        CommandRun help = run("--help");
        assertThat(help.out()).contains("serve", "import", "imports", "balance", "mirror", "demo-data", "reference", "users",
                "bench");
        CommandRun balanceHelp = run("balance", "--help");
        assertThat(balanceHelp.exitCode()).isZero();
        assertThat(balanceHelp.out()).contains("--reporter", "--level", "--home", "--db-url");
        assertThat(run("reference", "load", "--help").out()).contains("--reference");
        // a command that only groups others shows its usage when named alone
        CommandRun grouping = run("tariffs");
        assertThat(grouping.exitCode()).isZero();
        assertThat(grouping.out()).contains("Usage: bilateral tariffs", "what-if");
        assertThat(run("risk").out()).contains("screen", "product", "watch");
    }

    @Test
    void extractPrintsOneContractObjectPerDocumentAndIngestTwiceChangesNothing() throws Exception {
        org.bilateral.extraction.RegisterFixture.clear(jdbc);
        Path release = dir.resolve("release.txt");
        Files.writeString(release, "date 2026-02-05 HÀ NỘI — Acting Minister of Industry and Trade Lê Mạnh Hùng held a working "
                + "session with US Senator William Hagerty on February 4, on the sidelines of the sixth round of talks.");
        CommandRun extracted = run("extract", "--json", release.toString());
        assertThat(extracted.exitCode()).isZero();
        assertThat(extracted.out().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("{\"document\":\"release.txt\",\"published\":\"2026-02-05\"")
                .contains("\"participants\":[\"Lê Mạnh Hùng\",\"William Hagerty\"]").contains("\"round\":6"));

        CommandRun ingested = run("ingest", "--accept", release.toString());
        assertThat(ingested.exitCode()).isZero();
        assertThat(ingested.out()).contains("press release 1").contains("accepted now");
        assertThat(run("ingest", release.toString()).out()).contains("already ingested");
        // listed as the review page lists them, the least certain first: the people the rules read (0.466 × 100 = 46.6%)
        // before the events the event model confirmed
        List<String> listed = run("proposals", "1").out().lines().toList();
        assertThat(listed.get(0)).contains("accepted").contains("person").contains("46.6%");
        assertThat(listed).last().asString().contains("event");
        assertThat(run("engagements").out()).contains("2026-02-04").contains("Lê Mạnh Hùng, William Hagerty");
        assertThat(run("people").out()).contains("Acting Minister of Industry and Trade from 2026-02-05");

        CommandRun missing = run("extract", dir.resolve("nowhere.txt").toString());
        assertThat(missing.exitCode()).isNotZero();
        assertThat(missing.err()).contains("nowhere.txt").doesNotContain("Exception");
    }

    @Test
    void dealsTargetsAttainmentAndProjectionFromTheCommandLine() throws Exception {
        org.bilateral.extraction.RegisterFixture.clear(jdbc);
        jdbc.sql("delete from purchase_target").update();
        Path deals = Files.writeString(dir.resolve("deals.csv"), """
                id,date,status,buyer,buyer_country,seller,seller_country,item,hs_code,quantity,unit,value_usd_low,value_usd_high,period
                S1,2024-06-02,MOU,Khai Anh Binh Thuan,VN,AGP,US,soybeans,120190,1000,t,1200,1200,2025
                """);
        Path targets = Files.writeString(dir.resolve("targets.yaml"), """
                targets:
                  - code: soy
                    name: Soybeans
                    buyer: VN
                    seller: US
                    baseline: 2023
                    basis: absolute
                    counts: partner-exports
                    products:
                      - group: Soybeans
                        hs: [1201]
                    amounts:
                      2024: 500
                """);
        run("import", CensusFile.exports().row("5520", "120190", "100", "2023-01").row("5520", "120190", "250", "2024-01")
                .writeTo(dir, "exports.json").toString());

        CommandRun imported = run("deals", "import", deals.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("deals.csv: 1 row: 1 new deal");
        assertThat(run("deals", "import", deals.toString()).out()).contains("1 already imported");
        assertThat(run("deals").out()).contains("Khai Anh Binh Thuan").contains("1 deal counted, $1,200");
        assertThat(run("targets", "load", targets.toString()).out()).contains("targets.yaml: 1 targets added");

        CommandRun attainment = run("attainment", "soy");
        assertThat(attainment.exitCode()).as(attainment.err()).isZero();
        assertThat(attainment.out()).contains("US exports to VN").contains("$500").contains("$250").contains("50.0%")
                .containsPattern("Soybeans\\s+2023 \\(baseline\\)\\s+1 month\\s+\\$100");
        assertThat(run("attainment", "soy", "--format", "json").out()).contains("\"attainment\" : 0.5");

        CommandRun projection = run("projection", "--buyer", "VN", "--seller", "US");
        assertThat(projection.exitCode()).as(projection.err()).isZero();
        assertThat(projection.out()).contains("2025  $1,200").contains("no gap to close in 2024: the buyer's balance with the seller is −$250");

        CommandRun unknown = run("attainment", "nothing");
        assertThat(unknown.exitCode()).isNotZero();
        assertThat(unknown.err()).contains("target nothing").doesNotContain("Exception");
        CommandRun badFile = run("deals", "import", dir.resolve("none.csv").toString());
        assertThat(badFile.exitCode()).isEqualTo(2);
        assertThat(badFile.err()).contains("none.csv").doesNotContain("Exception");
    }
}
