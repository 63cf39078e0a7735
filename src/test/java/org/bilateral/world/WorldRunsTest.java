package org.bilateral.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.bilateral.WorkbenchTest;
import org.bilateral.identity.AuditTrail;
import org.bilateral.risk.SignalKind;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.NotFound;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A RUN.json loaded as a dated run: its hubs ranked two ways, where Vietnam stands, and every refusal naming its field. */
@WorkbenchTest
class WorldRunsTest {

    static final CountryCode VN = CountryCode.of("VN");
    static final CountryCode MX = CountryCode.of("MX");
    static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired WorldRuns runs;
    @Autowired JdbcClient jdbc;

    @Autowired AuditTrail audit;

    /** A world run left behind would stand in the brief of every test after this one (a synthetic run makes it synthetic). */
    @AfterEach
    void noWorldRunLeftBehind() {
        WorldRunFixture.clear(jdbc);
    }

    @BeforeEach
    void noRun() {
        WorldRunFixture.clear(jdbc);
    }

    @Test
    void aRunIsLoadedWithEveryFieldAsWritten() {
        WorldRuns.Loaded loaded = runs.load("RUN.json", WorldRunFixture.bytes(), "analyst");
        assertThat(loaded.already()).isFalse();
        WorldRun r = loaded.run();
        assertThat(r.origin()).isEqualTo(CountryCode.of("CN"));
        assertThat(r.destination()).isEqualTo(CountryCode.of("US"));
        assertThat(List.of(r.fromYear(), r.toYear(), r.eventYear(), r.top(), r.hubs())).containsExactly(2017, 2024, 2018, 1, 2);
        assertThat(r.event()).hasToString("2018-07-06");
        // 09:30:00 to 09:31:10: 70 seconds
        assertThat(r.seconds()).isEqualTo(70);
        assertThat(r.flowsRead()).isEqualTo(1_234_567);
        assertThat(r.synthetic()).isFalse();
        assertThat(r.sources()).hasSize(3).first().isEqualTo("COMTRADE-FINAL-CA8422024H6.txt.gz");
        assertThat(r.master()).isEqualTo("local[2]");
        assertThat(r.loadedBy()).isEqualTo("analyst");

        List<WorldProduct> vn = runs.products(r, VN);
        assertThat(vn).extracting(p -> p.code().digits()).containsExactly("850440", "940360");
        WorldProduct first = vn.get(0);
        assertThat(first.tradeUsd()).isEqualByComparingTo("1234567");
        assertThat(vn.get(1).tradeUsd()).isEqualByComparingTo("500000.5");
        assertThat(first.signals()).extracting(s -> s.kind()).containsExactly(SignalKind.values());
        assertThat(vn.get(1).signals().get(1).value()).as("a signal not computed stays so").isNull();
        assertThat(runs.hub(r, MX).missing()).singleElement().asString().startsWith("no statistics of MX's exports to US");
        assertThat(audit.entries("analyst", null, 5)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("world run loaded");
            assertThat(e.subject()).isEqualTo("world " + r.id() + " CN → US 2017–2024 (RUN.json)");
        });
    }

    @Test
    void hubsAreRankedByTheirBoundAndByTheProductsPassingTheFreundTest() {
        WorldRun r = runs.load("RUN.json", WorldRunFixture.bytes(), "analyst").run();
        List<WorldHub> hubs = runs.hubs(r);
        // by bound: Mexico 0.4 (20 ÷ 50) before Vietnam 0.2697 (12.3 ÷ 45.6)
        assertThat(hubs).extracting(WorldHub::hub).containsExactly(MX, VN);
        assertThat(hubs).extracting(WorldHub::boundRank).containsExactly(1, 2);
        // by the Freund test: Vietnam 2 products before Mexico 1
        assertThat(hubs).extracting(WorldHub::freundRank).containsExactly(2, 1);
        WorldHub vn = runs.hub(r, VN);
        assertThat(vn.boundUsd()).isEqualByComparingTo(new BigDecimal("12300000000"));
        assertThat(vn.hubExportsUsd()).isEqualByComparingTo(new BigDecimal("45600000000"));
    }

    @Test
    void vietnamsStandingIsSaidInOneLineInBothLanguages() {
        WorldRun r = runs.load("RUN.json", WorldRunFixture.bytes(), "analyst").run();
        Standing s = runs.standing(r, VN).orElseThrow();
        // 2 hubs; bound rank 2nd (0.2697 < 0.4); share 12.3 ÷ 45.6 = 0.26974 = 27.0%; Freund rank 1st (2 > 1)
        assertThat(runs.line(s, Locale.ENGLISH)).isEqualTo("Of 2 hubs screened for CN → US 2017–2024, Vietnam ranks 2nd by rerouting "
                + "bound (27.0%: $12.3 bn of $45.6 bn in 2024) and 1st by products passing the Freund test (2).");
        assertThat(runs.line(s, VI)).isEqualTo("Trong 2 nước trung chuyển được sàng lọc cho tuyến CN → US giai đoạn 2017–2024, Việt Nam "
                + "đứng thứ 2 theo giới hạn chuyển hướng (27,0%: 12,3 tỷ USD trên 45,6 tỷ USD năm 2024) và đứng thứ 1 theo số mặt hàng "
                + "đạt kiểm định Freund (2).");
        assertThat(runs.latestStanding(CountryCode.of("CN"), VN, CountryCode.of("US"))).isPresent();
        assertThat(runs.latestStanding(CountryCode.of("CN"), VN, CountryCode.of("MX"))).as("no run of CN → MX").isEmpty();
    }

    @Test
    void aSyntheticRunSaysSoInItsLine() {
        WorldRun r = runs.load("RUN.json", WorldRunFixture.synthetic(), "analyst").run();
        assertThat(r.synthetic()).isTrue();
        Standing s = runs.standing(r, VN).orElseThrow();
        assertThat(runs.line(s, Locale.ENGLISH)).endsWith("(2). (Synthetic: the run read demonstration data.)");
        assertThat(runs.line(s, VI)).endsWith("(Dữ liệu tổng hợp: lần chạy đã đọc dữ liệu minh họa.)");
    }

    @Test
    void aHubWithoutBoundHasNoBoundRankAndItsLineSaysWhy() {
        WorldRun r = runs.load("RUN.json", WorldRunFixture.with("\"boundUsd\": \"12300000000.000000\"", "\"boundUsd\": null",
                "\"share\": 0.2697368421", "\"share\": null"), "analyst").run();
        assertThat(runs.hub(r, VN).boundRank()).isNull();
        assertThat(runs.hubs(r)).extracting(WorldHub::hub).containsExactly(MX, VN);
        assertThat(runs.line(runs.standing(r, VN).orElseThrow(), Locale.ENGLISH)).isEqualTo("Of 2 hubs screened for CN → US 2017–2024, "
                + "Vietnam has no rerouting bound (it bought nothing from CN in the trade year) and ranks 1st by products passing the "
                + "Freund test (2).");
    }

    @Test
    void theSameFileAgainIsTheRunAlreadyHeld() {
        WorldRun first = runs.load("RUN.json", WorldRunFixture.bytes(), "analyst").run();
        long rows = WorldRunFixture.rows(jdbc);
        WorldRuns.Loaded again = runs.load("RUN.json", WorldRunFixture.bytes(), "analyst");
        assertThat(again.already()).isTrue();
        assertThat(again.run().id()).isEqualTo(first.id());
        assertThat(WorldRunFixture.rows(jdbc)).isEqualTo(rows);
        // 1 run + 2 hubs + 3 products + 18 signals
        assertThat(rows).isEqualTo(24);
    }

    @Test
    void aFieldOutOfRangeIsRefusedByItsJsonPathAndNothingIsStored() {
        assertThatThrownBy(() -> runs.load("RUN.json", WorldRunFixture.with("\"share\": 0.4", "\"share\": 1.5"), "analyst"))
                .isInstanceOf(InvalidInput.class).hasMessage("RUN.json, field hubs[1].share: '1.5' is not a number from 0 to 1");
        // the last product's last signal: everything before it was read, nothing of it is stored
        byte[] lastSignal = WorldRunFixture.text().replaceFirst("\"rank\": 1.0,(\\s*)\"arithmetic\": \"the last signal",
                "\"rank\": 2,$1\"arithmetic\": \"the last signal").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> runs.load("RUN.json", lastSignal, "analyst"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("field hubs[1].products[0].signals[5].rank: '2' is not a number from 0 to 1");
        assertThat(WorldRunFixture.rows(jdbc)).isZero();
    }

    @Test
    void everyProblemIsListedEachByItsPath() {
        byte[] bad = WorldRunFixture.text().replace("\"fromYear\": 2017", "\"fromYear\": 1900").replace("\"code\": \"940360\"", "\"code\": \"9403\"")
                .replace("\"tradeUsd\": \"2000000.000000\"", "\"tradeUsd\": 2000000.5").replace("\"hub\": \"MX\"", "\"hub\": \"ZZ\"")
                .replace("\"sparkVersion\": \"4.1.1\",", "").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> runs.load("RUN.json", bad, "analyst")).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems()).extracting(Object::toString).containsExactly(
                        "RUN.json, field fromYear: '1900' is not a year from 1988 to 2100",
                        "RUN.json, field sparkVersion: missing",
                        "RUN.json, field hubs[0].products[1].code: '9403' is not an HS6 code (six digits)",
                        "RUN.json, field hubs[1].hub: ZZ is not a country of the reference data",
                        "RUN.json, field hubs[1].products[0].tradeUsd: '2000000.5' is not an amount: a string of digits, at most 6 decimals, 0 or more"));
        assertThat(WorldRunFixture.rows(jdbc)).isZero();
    }

    @Test
    void aFileThatIsNotJsonOrTooLargeIsRefusedWhole(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> runs.load("RUN.json", "{\"origin\": ".getBytes(java.nio.charset.StandardCharsets.UTF_8), "analyst"))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("RUN.json: not JSON");
        Path large = dir.resolve("RUN.json");
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(RunFile.MAX_BYTES + 1); // sparse: nothing written
        }
        assertThatThrownBy(() -> runs.load(large, "analyst")).isInstanceOf(InvalidInput.class)
                .hasMessage("RUN.json: the file holds 134217729 bytes, more than the 134217728 a run may hold");
        assertThatThrownBy(() -> runs.load(dir.resolve("none.json"), "analyst")).isInstanceOf(InvalidInput.class).hasMessageEndingWith("no such file");
        Files.write(large, WorldRunFixture.bytes());
        assertThat(runs.load(large, "analyst").run().hubs()).isEqualTo(2);
    }

    @Test
    void aRunOrHubNotHeldIsNotFound() {
        assertThatThrownBy(() -> runs.run(999_999)).isInstanceOf(NotFound.class).hasMessage("there is no world run 999999");
        WorldRun r = runs.load("RUN.json", WorldRunFixture.bytes(), "analyst").run();
        assertThatThrownBy(() -> runs.hub(r, CountryCode.of("US"))).isInstanceOf(NotFound.class);
        assertThat(runs.standing(r, CountryCode.of("US"))).isEmpty();
    }
}
