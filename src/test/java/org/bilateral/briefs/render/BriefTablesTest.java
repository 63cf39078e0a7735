package org.bilateral.briefs.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.bilateral.briefs.Brief;
import org.bilateral.briefs.BriefLanguage;
import org.bilateral.briefs.BriefSamples;
import org.bilateral.briefs.render.BriefTable.Cell;
import org.junit.jupiter.api.Test;

/** The brief's tables as records: amounts as numbers for the spreadsheet, in words for the document, each table once. */
class BriefTablesTest {

    private static final BriefWords EN = new BriefWords(BriefRendering.messages(), Locale.UK);
    private static final BriefWords VI = new BriefWords(BriefRendering.messages(), BriefLanguage.VI.locale());

    private static BriefTable part(List<BriefTable> tables, String sheet) {
        return tables.stream().filter(t -> t.sheet().equals(sheet)).findFirst().orElseThrow();
    }

    @Test
    void theSpreadsheetHasEachSectionsTablesInTheBriefsOrderAndTheSourcesLast() {
        List<BriefTable> tables = BriefTables.forSpreadsheet(BriefSamples.full(BriefLanguage.EN, false), EN);
        assertThat(tables).extracting(BriefTable::part).containsExactly("balance", "balance", "balance", "balance", "balance", "balance",
                "commitments", "commitments", "commitments", "commitments", "engagements", "asks", "risks", "sources");
        assertThat(tables).extracting(BriefTable::sheet).startsWith("Balance", "Year to date", "Mirror").endsWith("Sources");
    }

    @Test
    void theSpreadsheetKeepsAmountsAsNumbersAndMarksEachRowOfASyntheticBrief() {
        BriefTable balance = part(BriefTables.forSpreadsheet(BriefSamples.full(BriefLanguage.EN, true), EN), "Balance");
        assertThat(balance.header()).endsWith("data");
        assertThat(balance.title()).endsWith("(Synthetic demonstration data: the statistics of this brief are generated, not official.)");
        // US's 2024: 120 exported, 1,200 imported, balance 120 − 1,200 = −1,080; no year earlier
        assertThat(balance.rows().get(0).cells()).containsExactly(Cell.text("US ([1])"), Cell.text("2024"),
                new BriefTable.Amount(new BigDecimal("120")), new BriefTable.Amount(new BigDecimal("1200")),
                new BriefTable.Amount(new BigDecimal("-1080")), new BriefTable.Amount(null), Cell.text("synthetic"));
        assertThat(balance.forWorkbook().rows().get(0)).containsExactly(org.bilateral.shared.Cell.text("US ([1])"),
                org.bilateral.shared.Cell.text("2024"), org.bilateral.shared.Cell.money(new BigDecimal("120")),
                org.bilateral.shared.Cell.money(new BigDecimal("1200")), org.bilateral.shared.Cell.money(new BigDecimal("-1080")),
                org.bilateral.shared.Cell.EMPTY, org.bilateral.shared.Cell.text("synthetic"));
    }

    @Test
    void theDocumentWritesEveryFigureInTheBriefsLanguageWithoutTheDataColumn() {
        List<BriefTable> tables = BriefTables.forDocument(BriefSamples.full(BriefLanguage.VI, true), VI);
        BriefTable balance = tables.get(0);
        assertThat(balance.header()).doesNotContain("dữ liệu");
        // the reporter by its Vietnamese name, from the JDK's locale data
        assertThat(balance.rows().get(1).cells()).extracting(Cell::text).containsExactly("Việt Nam ([2])", "2024", "1.000 USD", "130 USD", "870 USD",
                "chưa rõ");
        BriefTable risks = tables.stream().filter(t -> t.part().equals("risks")).findFirst().orElseThrow();
        // the score to three decimals with the Vietnamese decimal comma; 900,000,000 as 900 million
        assertThat(risks.rows().get(0).cells()).extracting(Cell::text).containsExactly("1", "850440", "Static converters", "0,712",
                "900 triệu USD", "180 triệu USD");
        assertThat(tables).extracting(BriefTable::part).doesNotContain("changes");
    }

    @Test
    void theCommitmentsGiveStagesMovedDealsTargetsAndTheProjection() {
        List<BriefTable> tables = BriefTables.forSpreadsheet(BriefSamples.full(BriefLanguage.EN, false), EN);
        List<BriefTable> commitments = tables.stream().filter(t -> t.part().equals("commitments")).toList();
        assertThat(commitments.get(0).rows().get(0).cells()).startsWith(Cell.text("MOU"), new BriefTable.Count(2),
                new BriefTable.Amount(new BigDecimal("300000000")));
        // the moved deal's value: its low end as a number, 13 bn
        assertThat(commitments.get(1).rows().get(0).cells().get(4)).isEqualTo(new BriefTable.Amount(new BigDecimal("13000000000")));
        // attained 1,500 of 2,000: 0.75, kept as the fraction
        assertThat(commitments.get(2).rows().get(0).cells()).contains(new BriefTable.Count(12), new BriefTable.Amount(new BigDecimal("0.75")));
        assertThat(commitments.get(3).rows().get(0).cells()).containsExactly(Cell.text("2025"), new BriefTable.Amount(new BigDecimal("1600")),
                new BriefTable.Amount(new BigDecimal("400")), new BriefTable.Amount(new BigDecimal("100")), Cell.text(""));
    }

    @Test
    void aSectionWithoutDataHasNoTable() {
        Brief b = BriefSamples.full(BriefLanguage.EN, false);
        Brief empty = new Brief(b.request(), b.preparedAt(), null, false,
                new Brief.Balance("brief.balance.none", null, List.of(), List.of(), null, null, List.of(), List.of(), List.of()),
                new Brief.Commitments("brief.commitments.none", 0, null, null, List.of(), List.of(), List.of(), null, 0), null,
                new Brief.Asks("brief.asks.none", List.of()), null, null, List.of(), null);
        assertThat(BriefTables.forDocument(empty, EN)).extracting(BriefTable::part).containsExactly("sources");
    }

    @Test
    void theChangesTableCarriesTheValueOfEachLineThatHasOne() {
        Brief.NewDeal corn = new Brief.NewDeal(5, "D5 Vietnam Airlines – AGP: maize for feed", "MOU", new BigDecimal("1500000"), null);
        Brief.Changes c = new Brief.Changes(3, java.time.LocalDate.of(2025, 6, 1), java.time.Instant.EPOCH, List.of(), List.of(), List.of(),
                null, null, true, List.of(corn), new BigDecimal("1500000"), BigDecimal.ZERO, List.of(), List.of(),
                java.time.YearMonth.of(2025, 3), java.time.YearMonth.of(2025, 3), List.of());
        BriefTable changes = BriefTables.forSpreadsheet(BriefSamples.withChanges(BriefLanguage.EN, c), EN).get(0);
        assertThat(changes.part()).isEqualTo("changes");
        assertThat(changes.rows()).extracting(r -> r.cells().get(0).text()).startsWith("The previous brief of the pair, No. 3, was for 1 June 2025.");
        // the total: 1,500,000 low and 0 high (a deal with no high end adds nothing there); the deal itself, 1,500,000 and blank
        assertThat(changes.rows()).filteredOn(r -> r.cells().get(0).text().startsWith("1 deal newly counted"))
                .singleElement().satisfies(r -> assertThat(r.cells().subList(1, 3)).containsExactly(
                        new BriefTable.Amount(new BigDecimal("1500000")), new BriefTable.Amount(BigDecimal.ZERO)));
        assertThat(changes.rows()).filteredOn(r -> r.cells().get(0).text().startsWith("D5 "))
                .singleElement().satisfies(r -> assertThat(r.cells().subList(1, 3)).containsExactly(
                        new BriefTable.Amount(new BigDecimal("1500000")), Cell.text("")));
    }

    @Test
    void aTabulationWritesAnAbsentAmountAsAnEmptyCellOrAsTheLanguageSaysIt() {
        Brief b = BriefSamples.full(BriefLanguage.VI, false);
        Tabulation sheet = new Tabulation(b, VI, true);
        Tabulation document = new Tabulation(b, VI, false);
        assertThat(sheet.amount(null)).isEqualTo(new BriefTable.Amount(null));
        assertThat(sheet.amountOrBlank(null)).isEqualTo(Cell.text(""));
        assertThat(document.amount(null)).isEqualTo(Cell.text("chưa rõ"));
        assertThat(document.amountOrBlank(new BigDecimal("1500000"))).isEqualTo(Cell.text("1,5 triệu USD"));
        assertThat(sheet.score(0.712)).isEqualTo(new BriefTable.Score(0.712));
        assertThat(new BriefTable.Score(0.712).text()).isEqualTo("0.712");
        assertThat(sheet.table("asks", "Asks", "t", List.of("a"), List.of(BriefTable.Row.of(Cell.text("x")))).header())
                .containsExactly("a", "dữ liệu");
    }

    @Test
    void eachPartWritesItsOwnTablesUnderItsOwnPart() {
        Brief b = BriefSamples.full(BriefLanguage.EN, false);
        Tabulation t = new Tabulation(b, EN, false);
        // sides, year to date, mirror, top, movers, months
        assertThat(BalanceTables.of(b.balance(), t)).hasSize(6).extracting(BriefTable::part).containsOnly("balance");
        assertThat(BalanceTables.of(b.balance(), t).get(5).rows()).as("twelve months").hasSize(12);
        // stages, moved, targets, projection
        assertThat(CommitmentTables.of(b.commitments(), t)).hasSize(4).extracting(BriefTable::part).containsOnly("commitments");
        assertThat(TalksTables.engagements(b.engagements(), t).rows().get(0).cells()).extracting(Cell::text)
                .contains("20 May 2025", "Nguyễn Hồng Diên, Jamieson Greer", "[4]");
        assertThat(TalksTables.asks(b.asks(), t).rows().get(0).cells().get(0).text()).isEqualTo("A5");
        assertThat(TalksTables.risks(b.risks(), t).title()).isEqualTo(EN.t("section.risks") + ", CN→VN→US");
        assertThat(TalksTables.sources(t).rows()).hasSize(4);
        Brief.Changes none = new Brief.Changes(3, java.time.LocalDate.of(2025, 6, 1), java.time.Instant.EPOCH, List.of(), List.of(),
                List.of(), null, null, true, List.of(), BigDecimal.ZERO, BigDecimal.ZERO, List.of(), List.of(), null, null, List.of());
        // the previous brief's line, then the one change line: nothing changed
        assertThat(ChangeTable.of(none, t).rows()).extracting(r -> r.cells().get(0).text())
                .containsExactly(EN.previous(none), EN.t("brief.changes.none"));
    }
}
