package org.bilateral.policy.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.InvalidInput;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The measure files read as printed: a wrong row refuses the file by line and column, nothing is rounded or guessed. */
class MeasureFilesTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anOrdersHtsNumbersKeepTheirDotsBesideTheirDigitsAndAnOrderWithoutNumbersHasNone() {
        List<AntidumpingOrder> orders = MeasureFiles.orders(bytes("""
                case_number,kind,product,order_date,hts_codes,source_url
                A-552-801,AD,Frozen fish fillets,2003-08-12,0304.20.60.30 0409.0000.05 7304.29,https://example.org
                C-552-840,CVD,Paper plates,,,
                """), "orders.csv");
        assertThat(orders.get(0).codes()).containsExactly(new HtsNumber("0304.20.60.30", "0304206030"),
                new HtsNumber("0409.0000.05", "0409000005"), new HtsNumber("7304.29", "730429"));
        assertThat(orders.get(1).codes()).isEmpty();
        assertThat(orders.get(1).orderDate()).isNull();
    }

    @Test
    void badRowsAreRefusedNamingTheFileLineAndColumn() {
        assertThatThrownBy(() -> MeasureFiles.orders(bytes("""
                case_number,kind,product,order_date,hts_codes,source_url
                A-1,AD,Fish,2003-13-12,0304.2,
                A-2,XX,Fish,,0304,
                """), "orders.csv")).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                .extracting(p -> p.source() + " " + p.location() + " " + p.field())
                .containsExactly("orders.csv line 2 order_date", "orders.csv line 2 hts_codes", "orders.csv line 3 kind"));
        assertThatThrownBy(() -> MeasureFiles.tariffHistory(bytes("""
                effective_date,rate_percent,applies_to,legal_instrument,source_url
                2025-04-05,ten,all articles,EO,
                2025-04-06,-5,all articles,EO,
                2025-04-07,10,,EO,
                """), "history.csv")).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                .extracting(p -> p.location() + " " + p.field())
                .containsExactly("line 2 rate_percent", "line 3 rate_percent", "line 4 applies_to"));
        assertThatThrownBy(() -> MeasureFiles.tariffHistory(bytes("date,rate\n2025-04-05,10\n"), "history.csv"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.getMessage())
                        .contains("history.csv, line 1, field effective_date: column missing"));
    }

    @Test
    void theSharedHistorysRateOnTransshippedGoodsEndedWithTheIeepaDutiesOn20February2026() throws java.io.IOException {
        java.nio.file.Path shared = java.nio.file.Path.of("../shared/data/tariffs/us-reciprocal-tariff-history-vietnam.csv");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(shared),
                "../shared/data is not beside the project: the shared tariff history is not tried");
        List<TariffAction> history = MeasureFiles.tariffHistory(java.nio.file.Files.readAllBytes(shared), "history.csv");
        TariffAction transshipped = history.stream().filter(a -> a.kind() == TariffAction.Kind.TRANSSHIPPED_GOODS).findFirst().orElseThrow();
        assertThat(transshipped.effective()).hasToString("2025-08-07");
        assertThat(transshipped.ratePercent()).isEqualByComparingTo("40");
        assertThat(org.bilateral.policy.RatePath.until(transshipped, history)).hasToString("2026-02-20");
    }

    @Test
    void eachTariffRowIsClassedByItsWords() {
        List<TariffAction> rows = MeasureFiles.tariffHistory(bytes("""
                effective_date,rate_percent,applies_to,legal_instrument,source_url
                2025-04-05,10,"all articles of Vietnam (baseline, all trading partners)",EO 14257,
                2025-05-28,,court ruling (all IEEPA tariff orders),CIT,
                2025-07-02,20,"all goods of Vietnam (announced, not yet in force)",post,
                2025-08-07,40,articles 'determined by CBP to have been transshipped to evade applicable duties',EO 14326,
                2025-09-08,,scope change for all partners,EO 14346,
                2025-11-13,0,certain qualifying agricultural products,EO,
                2026-02-20,0,IEEPA reciprocal duties (EO 14257 as amended) on goods of Vietnam ended,EO,
                2026-07-24,12.5,originating goods of Vietnam,Memorandum,
                """), "history.csv");
        assertThat(rows).extracting(TariffAction::kind).containsExactly(TariffAction.Kind.ALL_GOODS, TariffAction.Kind.RULING,
                TariffAction.Kind.ANNOUNCED, TariffAction.Kind.TRANSSHIPPED_GOODS, TariffAction.Kind.SCOPE_CHANGE,
                TariffAction.Kind.SOME_PRODUCTS, TariffAction.Kind.ALL_GOODS, TariffAction.Kind.ALL_GOODS);
        assertThat(rows.get(7).ratePercent()).as("as printed").isEqualByComparingTo("12.5");
    }

    @Test
    void theEuropeanUnionsTwoLinesAreOneRateWithoutANumberAndUnknownNamesAreKeptAsPrinted() {
        Map<String, CountryCode> known = Map.of("Vietnam", CountryCode.of("VN"), "Myanmar", CountryCode.of("MM"));
        List<ReciprocalRate> rates = MeasureFiles.reciprocalRates(bytes("""
                country_or_territory,reciprocal_tariff_adjusted
                Vietnam,20%
                Myanmar (Burma),40%
                "European Union: Goods with Column 1 Duty Rate<a href=""#_ftn1"">[1] &gt; 15%",0%
                European Union: Goods with Column 1 Duty Rate &lt; 15%,15% minus Column 1 Duty Rate
                Atlantis,30%
                """), "rates.csv", name -> Optional.ofNullable(known.get(name)));
        assertThat(rates).extracting(ReciprocalRate::printedName).containsExactly("Vietnam", "Myanmar (Burma)", "European Union", "Atlantis");
        ReciprocalRate eu = rates.get(2);
        assertThat(eu.countries()).hasSize(27).contains(CountryCode.of("DE"), CountryCode.of("FR"));
        assertThat(eu.percent()).isNull();
        assertThat(eu.printedRate()).isEqualTo("Goods with Column 1 Duty Rate > 15%: 0%; Goods with Column 1 Duty Rate < 15%: 15% minus Column 1 Duty Rate");
        assertThat(rates.get(1).countries()).containsExactly(CountryCode.of("MM"));
        assertThat(rates.get(3).countries()).as("not guessed").isEmpty();
        assertThat(rates.get(3).percent()).isEqualByComparingTo("30");
    }

    @Test
    void marketEconomyEventsKnowTheSideThatActedAndAYearAlone() {
        List<MarketEconomyEvent> events = MeasureFiles.marketEconomy(bytes("""
                date,event,actor,source_url
                2002,Designation,US Department of Commerce,
                2023-09-08,Request,Government of Vietnam (MOIT),
                2023-09-19,Meeting,US Secretary of Commerce / PM of Vietnam,
                """), "events.csv", Map.of(CountryCode.of("VN"), List.of("Vietnam", "MOIT"), CountryCode.of("US"), List.of("US ", "Commerce")));
        assertThat(events).extracting(MarketEconomyEvent::printedDate).containsExactly("2002", "2023-09-08", "2023-09-19");
        assertThat(events.get(0).date()).hasToString("2002-01-01");
        assertThat(events).extracting(MarketEconomyEvent::side).containsExactly(CountryCode.of("US"), CountryCode.of("VN"), null);
    }

    @Test
    void countryGroupsChartAndDualUseCodesAreRead() {
        ExportControlGroups groups = MeasureFiles.countryGroups(bytes("""
                {"stamp":{"source":"eCFR","url":"u","asOf":"2026-09-24"},"labels":{"D:1":"National Security"},
                 "membership":{"VN":["D:1","D:3"],"CN":["D:1"]}}"""), "groups.json", JsonMapper.builder().build());
        assertThat(groups.groupsOf(CountryCode.of("VN"))).containsExactly("D:1", "D:3");
        assertThat(groups.members("D:1")).containsExactly(CountryCode.of("CN"), CountryCode.of("VN"));
        assertThatThrownBy(() -> MeasureFiles.countryGroups(bytes("{\"membership\": []}"), "groups.json", JsonMapper.builder().build()))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("groups.json, field membership");
        assertThatThrownBy(() -> MeasureFiles.countryGroups(bytes("{not json"), "groups.json", JsonMapper.builder().build()))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("not readable JSON");
        assertThat(MeasureFiles.countryChart(bytes("""
                iso2,ear_name,x_columns (license required for reason-for-control column),footnotes
                KR,"Korea, South",CB1;NS1,3|4
                """), "chart.csv").get(0)).satisfies(r -> {
                    assertThat(r.reasons()).containsExactlyInAnyOrder("CB1", "NS1");
                    assertThat(r.footnotes()).containsExactly("3", "4");
                });
        assertThatThrownBy(() -> MeasureFiles.dualUse(bytes("""
                hs,control_entry,category,regime,hs_description,match_basis
                85423,CHPL-Tier-1,Tier 1,,,
                """), "dual.csv")).isInstanceOf(InvalidInput.class).hasMessageContaining("dual.csv, line 2, field hs");
    }

    private static final String ORDERS = """
            case_number,kind,product,order_date,hts_codes,source_url
            A-552-801,AD,"Frozen fish fillets, basa",2003-08-12,0304.20.60.30 7304.29,https://example.org
            C-552-840,CVD,Paper plates,,,
            """;

    private static final String HISTORY = """
            effective_date,rate_percent,applies_to,legal_instrument,source_url
            2025-04-05,10,"all articles of Vietnam (baseline, all partners)",EO 14257,https://example.org
            2025-05-28,,court ruling,CIT,
            """;

    /** A damaged measure file is read or refused by name, never answered with another exception. */
    @Property(tries = 300)
    void aDamagedMeasureFileIsReadOrRefusedByName(@ForAll @IntRange(min = 0, max = 400) int at,
                                                  @ForAll @StringLength(max = 12) String inserted, @ForAll boolean orders) {
        String file = orders ? ORDERS : HISTORY;
        int cut = Math.min(at, file.length());
        byte[] damaged = bytes(file.substring(0, cut) + inserted + file.substring(cut));
        try {
            if (orders) {
                MeasureFiles.orders(damaged, "orders.csv");
            } else {
                MeasureFiles.tariffHistory(damaged, "history.csv");
            }
        } catch (InvalidInput e) {
            assertThat(e.getMessage()).startsWith(orders ? "orders.csv" : "history.csv").hasSizeLessThan(4000);
        }
    }
}
