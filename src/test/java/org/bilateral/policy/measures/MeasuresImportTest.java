package org.bilateral.policy.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.bilateral.WorkbenchTest;
import org.bilateral.reference.ReferenceLoader;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.InvalidInput;
import org.bilateral.workbench.CommandRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The orders and the tariff history extended by an import: a file in the reference file's layout, all rows or none,
 * what the record holds already left as it is, each row added kept as a revision, and kept when the reference files are
 * loaded again. The fixture's reference files hold orders A-552-901 and C-552-902 and the actions of 2031-04-05 and
 * 2031-04-09.
 */
@WorkbenchTest
class MeasuresImportTest {

    private static final CountryCode VN = CountryCode.of("VN");
    private static final String ORDERS_HEADER = "case_number,kind,product,order_date,hts_codes,source_url,hts_source_url,status_evidence,note\n";
    private static final String ACTIONS_HEADER = "effective_date,rate_percent,applies_to,legal_instrument,source_url,note\n";

    @Autowired Measures measures;
    @Autowired JdbcClient jdbc;
    @Autowired ReferenceLoader reference;
    @Autowired ApplicationContext context;
    @TempDir Path dir;

    @BeforeEach
    @AfterEach
    void onlyTheReferenceFiles() {
        jdbc.sql("delete from adcvd_order where origin <> 'reference'").update();
        jdbc.sql("delete from tariff_action where origin <> 'reference'").update();
        jdbc.sql("delete from measure_revision where origin <> 'reference'").update();
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void anOrdersFileAddsTheOrdersNotHeldAndLeavesTheHeldOnesAsTheyAre() throws IOException {
        Path orders = file("orders.csv", ORDERS_HEADER
                + "A-552-950,AD,Molded fiber trays (imported test order),2031-03-02,4823.70.00,https://example.org/a-950,,,\n"
                + "A-552-901,AD,Portable computers (a different product: ignored),2020-01-15,8471.30,https://example.org/other,,,\n");

        Measures.Imported done = measures.importOrders(VN, orders, "orders.csv", "analyst");

        // two rows: A-552-950 is new, A-552-901 is the reference file's and stays as it was
        assertThat(done).isEqualTo(new Measures.Imported(1, 1));
        HeldOrder added = measures.heldOrder(VN, "A-552-950").orElseThrow();
        assertThat(added.origin()).isEqualTo(HeldOrder.IMPORT);
        assertThat(added.order().product()).isEqualTo("Molded fiber trays (imported test order)");
        assertThat(measures.heldOrder(VN, "A-552-901").orElseThrow().order().product()).startsWith("Portable computers (test order");
        assertThat(measures.revisions(VN, "order A-552-950")).singleElement().satisfies(r -> {
            assertThat(r.origin()).isEqualTo(HeldOrder.IMPORT);
            assertThat(r.source()).isEqualTo("orders.csv");
        });

        reference.loadConfigured();
        assertThat(measures.heldOrder(VN, "A-552-950")).as("kept when the reference files are loaded again").isPresent();
    }

    @Test
    void aFileWithARowRefusedAddsNothingAndNamesTheLineAndField() throws IOException {
        Path orders = file("bad.csv", ORDERS_HEADER
                + "A-552-951,AD,Good row,2031-03-02,4823.70.00,https://example.org/a-951,,,\n"
                + "A-552-952,AD,Bad day,2031-13-45,4823.70.00,https://example.org/a-952,,,\n");

        assertThatThrownBy(() -> measures.importOrders(VN, orders, "bad.csv", "analyst")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("bad.csv").hasMessageContaining("line 3").hasMessageContaining("order_date");
        assertThat(measures.heldOrder(VN, "A-552-951")).as("all rows or none").isEmpty();
    }

    @Test
    void aTariffHistoryFileAddsItsActionsOnceAndTheCommandSaysSo() throws IOException {
        Path actions = file("actions.csv", ACTIONS_HEADER
                + "2031-08-07,15,all articles of Vietnam (country rate),Imported test order,https://example.org/t9,\n");

        CommandRun first = CommandRun.of(context, "tariffs", "import", "--partner", "VN", "--actions", actions.toString());
        CommandRun again = CommandRun.of(context, "tariffs", "import", "--partner", "VN", "--actions", actions.toString());

        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).contains("actions.csv: 1 added, 0 held already");
        assertThat(again.out()).contains("actions.csv: 0 added, 1 held already");
        assertThat(measures.tariffHistory(VN)).anySatisfy(a -> {
            assertThat(a.effective()).isEqualTo(LocalDate.of(2031, 8, 7));
            assertThat(a.ratePercent()).isEqualByComparingTo(new BigDecimal("15"));
        });
    }

    @Test
    void theCommandAsksForExactlyOneFile() {
        CommandRun neither = CommandRun.of(context, "tariffs", "import", "--partner", "VN");

        assertThat(neither.exitCode()).isNotZero();
        assertThat(neither.err()).contains("give one file: --orders FILE or --actions FILE");
    }
}
