package org.bilateral.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.bilateral.WorkbenchTest;
import org.bilateral.risk.Screen;
import org.bilateral.risk.ScreenRequest;
import org.bilateral.risk.Signal;
import org.bilateral.risk.SignalKind;
import org.bilateral.risk.TransshipmentScreen;
import org.bilateral.risk.Triangle;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.HsLevel;
import org.bilateral.tradestats.ImportFile;
import org.bilateral.tradestats.StatisticsImports;
import org.bilateral.tradestats.TradeStatisticsFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Same numbers both ways: on a generated world of six reporters and 150 products, with rerouting planted through VN, MY
 * and TH after 2018, the world screen (the bilateral-world job: bulk files into the Parquet store, every hub screened on
 * Spark {@code local[2]}) and the workbench's screen (the route's bulk files imported into PostgreSQL, one triangle at a
 * time) give every hub they share the same products, ranks, scores, signals, arithmetic, bound and Freund count. Run
 * by failsafe after run-tests has built the world module (BILATERAL_WORLD); without it, skipped, saying so.
 */
@WorkbenchTest
class WorldScreenEndToEndTest {

    private static final CountryCode CN = CountryCode.of("CN");
    private static final CountryCode US = CountryCode.of("US");
    private static final int FROM = 2016;
    private static final int TO = 2020;
    /** Every product of a hub is shown both ways, so that every one is compared, not only the top. */
    private static final int ALL = 1000;
    /** Amounts compared by value (6 decimals in the world's run, as stored in PostgreSQL), none equal to none. */
    private static final Comparator<BigDecimal> EXACT = Comparator.nullsFirst(Comparator.naturalOrder());

    @Autowired WorldJobs jobs;
    @Autowired WorldRuns runs;
    @Autowired StatisticsImports imports;
    @Autowired TransshipmentScreen screens;
    @Autowired JdbcClient jdbc;

    @Autowired Environment environment;
    @TempDir Path dir;

    /** A world run left behind would stand in the brief of every test after this one (a synthetic run makes it synthetic). */
    @AfterEach
    void noWorldRunLeftBehind() {
        WorldRunFixture.clear(jdbc);
    }

    @Test
    void theSparkScreenAndThePostgresScreenGiveTheSameFiguresOnEveryRouteBothCanCompute() throws IOException {
        String engine = environment.getProperty("bilateral.world.engine", "");
        assumeTrue(!engine.isBlank() && Files.isRegularFile(Path.of(engine, WorldJobs.JAR)),
                "the world module is not built: run-tests builds it (./mvnw -f world/pom.xml package) and sets BILATERAL_WORLD");
        Path files = dir.resolve("files");
        Path store = dir.resolve("store");
        jobs.generate(List.of("--out", files.toString(), "--reporters", "6", "--products", "150", "--from", String.valueOf(FROM),
                "--to", String.valueOf(TO), "--seed", "7"));
        List<Path> written;
        try (Stream<Path> listed = Files.list(files)) {
            written = listed.sorted().toList();
        }
        WorldJobs.ImportReport imported = jobs.importFiles(written.stream().map(Path::toString).toList(), store.toString(), false);
        assertThat(imported.exitCode()).as("every generated file imported").isZero();
        Path runFile = jobs.screen(new WorldJobs.ScreenAsked(CN, US, FROM, TO, null, ALL, "local[2]", store.toString()));
        WorldRun run = runs.load(runFile, "test").run();
        assertThat(run.synthetic()).as("a generated world says so").isTrue();
        assertThat(run.eventYear()).as("the first known event strictly inside the years, as the risk screen picks it").isEqualTo(2018);

        // the workbench reads the route's own reporters: the two ends, and the hubs whose statistics it compares
        TradeStatisticsFixture.clear(jdbc);
        for (Path file : written) {
            String name = file.getFileName().toString();
            if (Stream.of("CA156", "CA842", "CA704").anyMatch(name::contains)) {
                imports.importFile(ImportFile.of(file, "test"));
            }
        }
        // the tests' reference knows four countries (CN, US, VN, MX): the hubs are VN, which reports every flow of the
        // triangle, and MX, which reports nothing (its mirror gap and Freund test cannot be computed: both screens must say
        // so alike); the hubs' figures come from the whole world's files in the one, the route's three reporters in the other
        List<WorldHub> hubs = runs.hubs(run);
        assertThat(hubs).extracting(WorldHub::hub).containsExactlyInAnyOrder(CountryCode.of("VN"), CountryCode.of("MX"));
        int compared = 0;
        for (WorldHub hub : hubs) {
            compared++;
            assertThat(hub.missing()).as("CN → " + hub.hub().value() + " → US: what is missing")
                    .containsExactlyInAnyOrderElementsOf(screens.screen(new ScreenRequest(new Triangle(CN, hub.hub(), US), FROM, TO,
                            HsLevel.SUBHEADING, 1, LocalDate.of(2018, 7, 6))).missing());
            Screen screen = screens.screen(new ScreenRequest(new Triangle(CN, hub.hub(), US), FROM, TO, HsLevel.SUBHEADING, ALL,
                    LocalDate.of(2018, 7, 6)));
            String route = "CN → " + hub.hub().value() + " → US";
            assertThat(hub.productsScreened()).as(route + ": products screened").isEqualTo(screen.screened());
            assertThat(hub.tradeYear()).as(route + ": trade year").isEqualTo(screen.bound().year());
            assertThat(hub.boundUsd()).as(route + ": rerouting bound").usingComparator(EXACT).isEqualTo(screen.bound().boundUsd());
            assertThat(hub.hubExportsUsd()).as(route + ": the hub's exports").usingComparator(EXACT).isEqualTo(screen.bound().hubExportsUsd());
            assertThat(hub.share()).as(route + ": the bound's share").isEqualTo(screen.bound().share());
            List<WorldProduct> products = runs.products(run, hub.hub());
            assertThat(products).as(route + ": every product shown both ways").hasSize(screen.candidates().size());
            long freund = 0;
            for (int i = 0; i < products.size(); i++) {
                WorldProduct world = products.get(i);
                Screen.Candidate workbench = screen.candidates().get(i);
                String product = route + ", rank " + (i + 1);
                assertThat(world.rank()).as(product).isEqualTo(workbench.rank());
                assertThat(world.code().digits()).as(product + ": code").isEqualTo(workbench.code());
                assertThat(world.score()).as(product + ": score").isEqualTo(workbench.score());
                assertThat(world.tradeUsd()).as(product + ": trade carried").isEqualByComparingTo(workbench.tradeCarriedUsd());
                for (int k = 0; k < SignalKind.values().length; k++) {
                    Signal w = world.signals().get(k);
                    Signal p = workbench.signals().get(k);
                    assertThat(w.kind()).as(product).isEqualTo(p.kind());
                    assertThat(w.value()).as(product + ": " + p.kind() + " value").isEqualTo(p.value());
                    assertThat(w.rank()).as(product + ": " + p.kind() + " rank").isEqualTo(p.rank());
                    assertThat(w.arithmetic()).as(product + ": " + p.kind() + " arithmetic").isEqualTo(p.arithmetic());
                }
                Double f = workbench.signals().stream().filter(sg -> sg.kind() == SignalKind.FREUND).findFirst().orElseThrow().value();
                freund += f != null && f > 0 ? 1 : 0;
            }
            assertThat(hub.freundProducts()).as(route + ": products passing the Freund test").isEqualTo((int) freund);
        }
        assertThat(compared).as("VN and MX compared").isEqualTo(2);
        WorldHub vn = hubs.stream().filter(h -> h.hub().value().equals("VN")).findFirst().orElseThrow();
        assertThat(vn.freundProducts()).as("the planted rerouting through VN passes the Freund test somewhere").isPositive();
    }
}
