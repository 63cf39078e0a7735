package org.bilateral.commitments.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.bilateral.WorkbenchTest;
import org.bilateral.commitments.Deal;
import org.bilateral.commitments.DealStage;
import org.bilateral.commitments.DealTotals;
import org.bilateral.commitments.PurchaseCommitments;
import org.bilateral.engagements.MergeProposals;
import org.bilateral.extraction.RegisterFixture;
import org.bilateral.shared.InvalidInput;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Deals files into the register, against the real database: one deal however often announced, all rows or none. */
@WorkbenchTest
class DealsImportTest {

    @Autowired DealsImport imports;
    @Autowired PurchaseCommitments commitments;
    @Autowired MergeProposals merges;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void emptyRegister() {
        RegisterFixture.clear(jdbc);
    }

    @Test
    void aDealReannouncedAtSuccessiveStagesIsOneDealWithItsStageHistoryAndEverySource() throws IOException {
        DealsImport.Report report = imports.importCsv(DealsCsv.airlineOrderReannounced().reader(), "deals.csv");

        assertThat(report.newDeals()).isEqualTo(2);
        assertThat(report.moreReports()).isEqualTo(2);
        Deal order = commitments.deals().stream().filter(d -> d.buyer().equals("Vietnam Airlines")).findFirst().orElseThrow();
        assertThat(order.reports()).extracting(Deal.Report::externalId).allSatisfy(x -> assertThat(x).startsWith("A"));
        assertThat(order.reports()).hasSize(3);
        assertThat(order.stages()).extracting(Deal.StageEvent::stage, Deal.StageEvent::happened).containsExactly(
                org.assertj.core.groups.Tuple.tuple(DealStage.MOU, LocalDate.of(2023, 9, 11)),
                org.assertj.core.groups.Tuple.tuple(DealStage.CONTRACT, LocalDate.of(2026, 2, 18)));
        assertThat(order.stage()).isEqualTo(DealStage.CONTRACT);
        // The purchase agreement's price supersedes the MOU's range.
        assertThat(order.valueLowUsd()).isEqualByComparingTo("12000000000");
        assertThat(order.hsCodes()).containsExactly("880240");
        // Delivered 2027 to 2030: the value expected evenly over its 48 months.
        assertThat(order.deliveries()).singleElement().satisfies(d -> {
            assertThat(d.period().first()).isEqualTo(YearMonth.of(2027, 1));
            assertThat(d.period().last()).isEqualTo(YearMonth.of(2030, 12));
            assertThat(d.valueUsd()).isEqualByComparingTo("12000000000");
            assertThat(d.basis()).isEqualTo("even");
        });
        DealTotals totals = commitments.totals();
        assertThat(totals.counted()).isEqualTo(2);
        assertThat(totals.lowUsd().usd()).isEqualByComparingTo("12380000000");
        assertThat(totals.highUsd().usd()).isEqualByComparingTo("12390000000");
    }

    @Test
    void reimportingTheSameFileChangesNothing() throws IOException {
        imports.importCsv(DealsCsv.airlineOrderReannounced().reader(), "deals.csv");
        String before = snapshot();

        DealsImport.Report again = imports.importCsv(DealsCsv.airlineOrderReannounced().reader(), "deals.csv");

        assertThat(again.alreadyKnown()).isEqualTo(4);
        assertThat(again.newDeals() + again.moreReports()).isZero();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aFileWithOneBadCellIsRefusedWholeNamingItsLineAndColumn() {
        DealsCsv bad = DealsCsv.airlineOrderReannounced()
                .row("C1", "2025-13-40", "MOU", "PV Gas", "Excelerate Energy", "LNG", "271111", "", "", "", "", "")
                .row("C2", "2025-05-29", "MOU", "PV Gas", "Excelerate Energy", "LNG", "27x", "many", "", "", "", "");

        assertThatThrownBy(() -> imports.importCsv(bad.reader(), "bad.csv")).isInstanceOfSatisfying(InvalidInput.class, e ->
                assertThat(e.problems()).extracting(Object::toString).containsExactly(
                        "bad.csv, line 6, field date: '2025-13-40' is not a date (YYYY-MM-DD, or YYYY-MM-DD..DD for several days)",
                        "bad.csv, line 7, field hs_code: '27x' is not an HS code (2, 4, 6, 8 or 10 digits; several separated by ';')",
                        "bad.csv, line 7, field quantity: 'many' is not a number"));
        assertThat(commitments.deals()).isEmpty();
    }

    @Test
    void aCellNoDownloadCouldHoldAndANumberBeyondEveryDealAreRefused() {
        DealsCsv bad = DealsCsv.airlineOrderReannounced()
                .row("C1", "2025-05-29", "MOU", "B".repeat(100_000), "Excelerate Energy", "LNG", "271111", "", "", "", "", "")
                .row("C2", "2025-05-29", "MOU", "PV Gas", "Excelerate Energy", "LNG", "271111", "1e999999999", "", "", "", "");

        assertThatThrownBy(() -> imports.importCsv(bad.reader(), "huge.csv")).isInstanceOfSatisfying(InvalidInput.class, e ->
                assertThat(e.problems()).extracting(Object::toString).contains(
                        "huge.csv, line 6, field buyer: is 100,000 characters long; at most 2,000 are kept",
                        "huge.csv, line 7, field quantity: '1e999999999' is not a number below 1,000,000,000,000,000 with at most six decimals"));
        assertThat(commitments.deals()).isEmpty();
    }

    @Test
    void aValueFinerThanACentOrANameEndingInAControlCharacterIsRefusedByItsCellNeverRoundedOrTrimmed() {
        DealsCsv bad = DealsCsv.airlineOrderReannounced()
                .row("C1", "2025-05-29", "MOU", "PV Gas", "Excelerate Energy", "LNG", "271111", "", "", "0.005", "", "")
                .row("C2", "2025-05-29", "MOU", "PV Gas", "Excelerate Energy", "LNG", "271111", "", "", "1000", "999999999999999.999999", "")
                .row("C3", "2025-05-29", "MOU", "PV Gas\t", "Excelerate Energy", "LNG", "271111", "", "", "1000", "", "")
                .row("C4", "2025-05-29", "MOU", "PV Gas", "Excelerate Energy\u000B", "LNG", "271111", "", "", "1000", "", "");

        assertThatThrownBy(() -> imports.importCsv(bad.reader(), "cents.csv")).isInstanceOfSatisfying(InvalidInput.class, e ->
                assertThat(e.problems()).extracting(Object::toString).containsExactly(
                        "cents.csv, line 6, field value_usd_low: '0.005' has more decimals than cents",
                        "cents.csv, line 7, field value_usd_high: '999999999999999.999999' has more decimals than cents",
                        "cents.csv, line 8, field buyer: holds the character U+0009 at position 7 (a control character)",
                        "cents.csv, line 9, field seller: holds the character U+000B at position 18 (a control character)"));
        assertThat(commitments.deals()).isEmpty();
    }

    @Test
    void aValueInWholeCentsIsStoredExactly() throws IOException {
        imports.importCsv(DealsCsv.create()
                .row("C1", "2025-05-29", "MOU", "PV Gas", "Excelerate Energy", "LNG", "271111", "", "", "999999999999999.99", "", "")
                .reader(), "cents.csv");

        assertThat(commitments.deals()).singleElement().satisfies(d -> assertThat(d.valueLowUsd()).isEqualTo(new java.math.BigDecimal("999999999999999.99")));
    }

    @Test
    void aDeliveryWindowOutsideTheYearsAPeriodMayLieInIsRefusedByItsCell() {
        DealsCsv bad = DealsCsv.airlineOrderReannounced()
                .row("C1", "2025-05-29", "MOU", "PV Gas", "Excelerate Energy", "LNG", "271111", "", "", "", "", "0001-9999")
                .row("C2", "2025-05-29", "MOU", "PV Gas", "Excelerate Energy", "LNG", "271111", "", "", "", "", "99999 years");

        assertThatThrownBy(() -> imports.importCsv(bad.reader(), "windows.csv")).isInstanceOfSatisfying(InvalidInput.class, e ->
                assertThat(e.problems()).extracting(Object::toString).containsExactly(
                        "windows.csv, line 6, field period: '0001-9999' is not a delivery window of the years from 1950 to 2100",
                        "windows.csv, line 7, field period: not a period: '99999 years' (expected YYYY, YYYY-MM, YYYY-Qn or YYYY-MM/YYYY-MM), 'YYYY-YYYY' or 'N years'"));
        assertThat(commitments.deals()).isEmpty();
    }

    @Test
    void aFileWithoutARequiredColumnIsRefusedAtItsHeader() {
        assertThatThrownBy(() -> imports.importCsv(new java.io.StringReader("id,date,buyer\nX,2025-01-01,Y\n"), "short.csv"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).toString())
                        .startsWith("short.csv, line 1, field status: the header has no column 'status'"));
    }

    @Test
    void aReportThatMayBeTheSameDealIsProposedAsAMergeAndCountedOnceUntilDecided() throws IOException {
        DealsCsv file = DealsCsv.airlineOrderReannounced()
                // An MOU for "50 narrow-body aircraft" names no manufacturer: perhaps the same order.
                .row("F1", "2025-04-24", "MOU", "Vietnam Airlines", "", "50 narrow-body aircraft", "", "50",
                        "aircraft", "", "", "");
        imports.importCsv(file.reader(), "deals.csv");

        assertThat(commitments.deals()).hasSize(3);
        MergeProposals.Proposal proposal = merges.open().stream().filter(p -> p.subject() == org.bilateral.engagements.MergeSubject.DEAL).findFirst().orElseThrow();
        assertThat(proposal.reason()).contains("does not name the seller");
        assertThat(commitments.totals().counted()).isEqualTo(2);

        merges.confirm(proposal.id(), "analyst");

        assertThat(commitments.deals()).hasSize(2);
        Deal order = commitments.deal(proposal.keptId()).orElseThrow();
        assertThat(order.reports()).hasSize(4);
        // The merged deal's number still leads to the deal it became part of.
        assertThat(commitments.deal(proposal.mergedId())).get().extracting(Deal::id).isEqualTo(order.id());
        assertThat(commitments.totals().lowUsd().usd()).isEqualByComparingTo("12380000000");
    }

    @Test
    void aFinancingAgreementIsASourceOfTheDealItFinancesNeverADealOfItsOwn() throws IOException {
        imports.importCsv(DealsCsv.airlineOrderReannounced().reader(), "deals.csv");
        java.util.List<Deal> before = commitments.deals();
        Deal order = before.stream().filter(d -> "Boeing".equals(d.seller())).findFirst().orElseThrow();

        DealsImport.Report report = imports.importCsv(DealsCsv.create()
                .row("F1", "2025-04-24", "financing MOU", "Vietnam Airlines", "Vietcombank (lender)", "funding for 50 narrow-body aircraft",
                        "", "50", "aircraft", "2000000000", "", "")
                .row("F2", "2025-05-01", "loan agreement", "Vietnam Airlines", "Vietcombank (lender)", "funding for 12 wide-body aircraft",
                        "", "12", "aircraft", "", "", "").reader(), "financing.csv");

        assertThat(commitments.deals()).as("no deal of its own").hasSameSizeAs(before);
        assertThat(merges.open()).noneMatch(p -> p.subject() == org.bilateral.engagements.MergeSubject.DEAL);
        Deal financed = commitments.deal(order.id());
        assertThat(financed.reports()).extracting(Deal.Report::statusText).contains("financing MOU");
        assertThat(financed.valueLowUsd()).as("a loan's amount is no price").isEqualByComparingTo(order.valueLowUsd());
        assertThat(financed.stage()).isEqualTo(order.stage());
        assertThat(report.skipped()).singleElement().asString().contains("F2").contains("not on record");
    }

    @Test
    void aValueInAnotherCurrencyKeepsItsAmountRateAndRateDate() throws IOException {
        String csv = "id,date,status,buyer,buyer_country,seller,seller_country,item,hs_code,currency,value_low,value_high,usd_rate,rate_date\n"
                + "E1,2025-06-02,MOU,Viet Nhat Co.,VN,POET,US,DDGS,230330,EUR,10000000,,1.1,2025-06-02\n";
        imports.importCsv(new java.io.StringReader(csv), "eur.csv");

        Deal d = commitments.deals().get(0);
        assertThat(d.currency()).isEqualTo("EUR");
        assertThat(d.amountLow()).isEqualByComparingTo("10000000");
        assertThat(d.usdRate()).isEqualByComparingTo("1.1");
        assertThat(d.rateDate()).isEqualTo(LocalDate.of(2025, 6, 2));
        assertThat(d.valueLowUsd()).isEqualByComparingTo("11000000");
    }

    @Test
    void theReportedDealsFileHoldsTheVietnamAirlinesOrderAsOneDeal() {
        Path file = Path.of("../shared/data/deals/reported-deals.csv");
        Assumptions.assumeTrue(Files.isRegularFile(file), "../shared/data/deals/reported-deals.csv is absent: skipped");

        DealsImport.Report report = imports.importFile(file, "reported-deals.csv");

        assertThat(report.skipped()).singleElement().asString().contains("investment");
        Deal order = commitments.deals().stream()
                .filter(d -> d.buyer().equals("Vietnam Airlines") && "Boeing".equals(d.seller())).findFirst().orElseThrow();
        // The financing MOU is a source of the order it finances, so the 50 aircraft are one deal, counted once.
        assertThat(order.reports()).extracting(Deal.Report::statusText)
                .containsExactlyInAnyOrder("MOU/proposal acceptance", "financing MOU", "agreed (cited in Joint Statement)", "purchase agreement");
        assertThat(commitments.deals()).filteredOn(d -> d.buyer().equals("Vietnam Airlines")).hasSize(1);
        assertThat(commitments.deals()).filteredOn(Deal::aggregate).singleElement()
                .satisfies(d -> assertThat(d.counted()).isFalse());
    }

    /**
     * A file refused at its last row leaves nothing: before, its earlier rows' organisations and deals stayed ("Nothing
     * was stored" was not true), each written in a transaction of its own. The last row, by date, names a seller of no
     * letters, which the directory cannot keep: the file is refused by that cell, and every table counts what it did.
     */
    @Test
    void aFileWhoseLastRowNamesNoSellerIsRefusedByItsCellAndLeavesNothingBehind(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve("deals.csv");
        Files.writeString(file, DealsCsv.airlineOrderReannounced()
                .row("C1", "2026-03-01", "MOU", "PV Gas", "-", "LNG", "271111", "", "", "", "", "").text());
        java.util.Map<String, Long> before = everyTable();

        assertThatThrownBy(() -> imports.importFile(file, "deals.csv")).isInstanceOfSatisfying(InvalidInput.class, e ->
                assertThat(e.problems()).extracting(Object::toString)
                        .containsExactly("deals.csv, line 6, field seller: '-' is not the name of an organisation"));
        assertThat(everyTable()).isEqualTo(before);
    }

    /**
     * Whatever fails while a file is being written, after every cell was read well (here the database itself refuses
     * the last row's report, by a trigger this test adds), the file's every earlier row is undone with it.
     */
    @Test
    void aFileThatFailsWhileItIsWrittenLeavesNoOrganisationDealOrAnythingElse(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve("deals.csv");
        Files.writeString(file, DealsCsv.airlineOrderReannounced()
                .row("C1", "2026-03-01", "MOU", "PV Gas", "Excelerate Energy", "LNG", "271111", "", "", "", "", "").text());
        java.util.Map<String, Long> before = everyTable();
        jdbc.sql("""
                create function refuse_c1() returns trigger language plpgsql as $$
                begin
                  if new.external_id like 'C1|%' then raise exception 'the disk is full'; end if;
                  return new;
                end $$""").update();
        jdbc.sql("create trigger refuse_c1 before insert on deal_report for each row execute function refuse_c1()").update();
        try {
            assertThatThrownBy(() -> imports.importFile(file, "deals.csv")).hasMessageContaining("the disk is full");
        } finally {
            jdbc.sql("drop trigger refuse_c1 on deal_report").update();
            jdbc.sql("drop function refuse_c1()").update();
        }
        assertThat(everyTable()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from organisation").query(Long.class).single()).isZero();
    }

    /** Spreadsheet programs save CSV "with BOM": the mark is skipped, not read as part of the first column's name. */
    @Test
    void aDealsFileSavedWithAByteOrderMarkIsRead(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve("deals.csv");
        Files.writeString(file, "\uFEFF" + DealsCsv.airlineOrderReannounced().text());

        DealsImport.Report report = imports.importFile(file, "deals.csv");

        // the four rows: A1, A2 and A3 one deal (one new, two more reports), B1 a second
        assertThat(report.rows()).isEqualTo(4);
        assertThat(report.newDeals()).isEqualTo(2);
    }

    /** Every table of the database by its rows, the audit trail's and the directory's among them. */
    private java.util.Map<String, Long> everyTable() {
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        for (String table : jdbc.sql("""
                select quote_ident(table_schema) || '.' || quote_ident(table_name) from information_schema.tables
                where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')""").query(String.class).list()) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        assertThat(counts.keySet()).anySatisfy(t -> assertThat(t).endsWith(".organisation"))
                .anySatisfy(t -> assertThat(t).endsWith(".deal")).anySatisfy(t -> assertThat(t).endsWith(".audit_entry"));
        return counts;
    }

    private String snapshot() {
        return jdbc.sql("""
                select (select count(*) from deal) || '/' || (select count(*) from deal_report) || '/' || (select count(*) from deal_stage)
                       || '/' || (select count(*) from deal_item) || '/' || (select count(*) from deal_delivery) || '/'
                       || (select count(*) from organisation) || '/' || (select count(*) from merge_proposal)""").query(String.class).single();
    }
}
