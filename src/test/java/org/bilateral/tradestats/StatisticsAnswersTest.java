package org.bilateral.tradestats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.bilateral.Awaiting;
import org.bilateral.shared.NotificationChannel;
import org.bilateral.WorkbenchTest;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Granularity;
import org.bilateral.shared.HsLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The statistics' answers held in memory are the very answers the database gives, and are forgotten as soon as the
 * statistics change, whichever process changes them.
 */
@WorkbenchTest
class StatisticsAnswersTest {

    static final CountryCode US = CountryCode.of("US");
    static final CountryCode VN = CountryCode.of("VN");
    static final BalanceRequest BY_YEAR = BalanceRequest.of(US, VN, Granularity.YEAR, HsLevel.CHAPTER);

    @Autowired StatisticsAnswers answers;
    @Autowired StatisticsImports imports;
    @Autowired TradeBalances balances;
    @Autowired MirrorComparisons mirrors;
    @Autowired TopProducts topProducts;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @TempDir Path dir;

    /** US imports from Vietnam: 2023 = 2,300 (Jan 1,500, Feb 800); 2024 = 1,500 (the fixture's figures). */
    @BeforeEach
    void statisticsHeardOf() throws InterruptedException {
        answers.holding(true); // the tests' workbench holds no answers (WorkbenchTest): this test is about holding them
        TradeStatisticsFixture.clear(jdbc);
        imports.importFile(ImportFile.of(TradeStatisticsFixture.usImports(dir), "test"));
        answers.listen();
        Awaiting.until(answers::trusted, "the server listens to the changes of statistics");
    }

    @AfterEach
    void englishAndNoStatistics() {
        LocaleContextHolder.resetLocaleContext();
        answers.holding(false);
        TradeStatisticsFixture.clear(jdbc);
    }

    /** The balance asked until it is held: a notification of this test's own preparation may still forget the first. */
    private Balance held(BalanceRequest request) {
        long end = System.nanoTime() + 10_000_000_000L;
        Balance first;
        do {
            first = balances.balance(request);
            assertThat(System.nanoTime()).as("the balance is held in memory").isLessThan(end);
        } while (balances.balance(request) != first);
        return first;
    }

    @Test
    void theBalanceFromMemoryIsTheOneTheDatabaseGives() {
        Balance held = held(BY_YEAR);
        assertThat(balances.balance(BY_YEAR)).isSameAs(held);

        answers.forgetNow();
        Balance computed = balances.balance(BY_YEAR);

        assertThat(computed).isNotSameAs(held).isEqualTo(held);
        // 2023: 847130 (ch. 84) 1,000 + 800 = 1,800 and 851713 (ch. 85) 500; 2024: 847130 1,200 (ch. 84), 940360 300 (ch. 94)
        assertThat(held.rows()).filteredOn(r -> r.period().startsWith("2023") && r.code().equals("84")).singleElement()
                .satisfies(r -> assertThat(r.imports()).isEqualByComparingTo("1800"));
    }

    @Test
    void theMirrorAndTheProductsFromMemoryAreTheOnesTheDatabaseGives() {
        MirrorRequest mirrorRequest = new MirrorRequest(US, VN, 2024, HsLevel.CHAPTER, 10);
        ProductsRequest productsRequest = new ProductsRequest(US, VN, HsLevel.CHAPTER, 2024, 10);
        Mirror mirror = mirrors.mirror(mirrorRequest);
        Products products = topProducts.products(productsRequest);

        answers.forgetNow();

        assertThat(mirrors.mirror(mirrorRequest)).isEqualTo(mirror);
        assertThat(topProducts.products(productsRequest)).isEqualTo(products);
    }

    @Test
    void aWriteOnAnotherConnectionChangesTheNextAnswer() throws Exception {
        Balance before = held(BY_YEAR);
        long heard = answers.heard();

        elsewhere("truncate trade_total_list");

        assertThat(before.rows()).isNotEmpty();
        Awaiting.until(() -> balances.balance(BY_YEAR).rows().isEmpty(), "the next answer reads the totals the other connection emptied");
        assertThat(answers.heard()).as("heard, not expired").isGreaterThan(heard);
    }

    @Test
    void anImportInThisProcessIsSeenByTheVeryNextAnswer() {
        held(BY_YEAR);

        imports.importFile(ImportFile.of(CensusFile.imports().row("5520", "847130", "1000", "2025-01")
                .writeTo(dir, "more.json"), "test"));

        // no waiting for the notification: the import forgot the answers itself
        assertThat(balances.balance(BY_YEAR).rows()).filteredOn(r -> r.period().startsWith("2025")).singleElement()
                .satisfies(r -> assertThat(r.imports()).isEqualByComparingTo("1000"));
    }

    @Test
    void anAnswerComputedWhileTheStatisticsChangedIsNotHeld() {
        AtomicInteger computed = new AtomicInteger();

        answers.answer("asked during a change", String.class, () -> {
            answers.forgetNow(); // a change heard while the answer was read
            return "read before the change #" + computed.incrementAndGet();
        });
        String next = answers.answer("asked during a change", String.class, () -> "read after #" + computed.incrementAndGet());

        assertThat(next).isEqualTo("read after #2");
    }

    @Test
    void answersAreHeldByLanguage() {
        String english = answers.answer("labelled", String.class, () -> "Machinery");
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        String vietnamese = answers.answer("labelled", String.class, () -> "Máy móc");

        assertThat(english).isEqualTo("Machinery");
        assertThat(vietnamese).isEqualTo("Máy móc");
    }

    @Test
    void atMostSoManyAnswersAreHeld() {
        for (int i = 0; i < StatisticsAnswers.MAX_ENTRIES * 2; i++) {
            int n = i;
            answers.answer("question " + n, String.class, () -> "answer " + n);
            assertThat(answers.held()).isLessThanOrEqualTo(StatisticsAnswers.MAX_ENTRIES);
        }
    }

    @Test
    void nothingIsHeldWithoutListening() {
        StatisticsAnswers deaf = new StatisticsAnswers(dataSource, true);
        AtomicInteger computed = new AtomicInteger();

        deaf.answer("asked", Integer.class, computed::incrementAndGet);
        int second = deaf.answer("asked", Integer.class, computed::incrementAndGet);

        assertThat(second).as("computed again").isEqualTo(2);
        assertThat(deaf.held()).isZero();
    }

    @Test
    void answersAreComputedEveryTimeWhenHoldingIsTurnedOff() {
        Balance held = held(BY_YEAR);

        answers.holding(false);

        assertThat(answers.held()).as("forgotten when turned off").isZero();
        Balance computed = balances.balance(BY_YEAR);
        assertThat(computed).isNotSameAs(held).isEqualTo(held);
        assertThat(balances.balance(BY_YEAR)).as("computed again").isNotSameAs(computed);
    }

    @Test
    void aBrokenListeningConnectionForgetsEverythingHeld() throws Exception {
        Balance before = held(BY_YEAR);
        long broken = answers.broken();

        jdbc.sql("select pg_terminate_backend(pid) from pg_stat_activity where application_name = :name")
                .param("name", StatisticsAnswers.APPLICATION_NAME).query(Boolean.class).list();
        Awaiting.until(() -> answers.broken() > broken, "the server notices its listening connection broke");

        assertThat(balances.balance(BY_YEAR)).as("computed again, not served from memory").isNotSameAs(before)
                .isEqualTo(before);
        Awaiting.until(answers::trusted, "the server listens again");
    }

    /** Writes as another process would: on a connection of its own, beside the server's pool. */
    private void elsewhere(String sql) throws Exception {
        try (Connection connection = NotificationChannel.besideThePool(dataSource, "test-elsewhere")) {
            JdbcClient.create(new SingleConnectionDataSource(connection, true)).sql(sql).update();
        }
    }
}
