package org.bilateral.worldjob.screen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.bilateral.worldjob.WorldJob;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The screen as the workbench starts it: its command line, RUN.json and the exit code. Two Spark sessions in all: the
 * class's (local[2]), which the command takes as it takes spark-submit's, for most runs; and one the command starts and
 * stops itself on local[1], as in the workbench's own process, once the class's is stopped.
 */
class ScreenCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static Path store;
    private static Path countries;
    /** 940360 (H5) carried to 940361, as if an HS 2017 code the workbench renumbers: every run reads it so. */
    private static Path carries;

    @BeforeAll
    static void writeTheWorldAndScreenItOnTheClasssSessionThenOnOneOfItsOwn() throws IOException {
        SparkSession spark = SmallWorld.session();
        try {
            store = dir.resolve("store");
            WorldScreenTest.oneHub().write(spark, store, true);
            countries = SmallWorld.countries(dir, Map.of(SmallWorld.CN, "CN", SmallWorld.US, "US", SmallWorld.VN, "VN"));
            carries = dir.resolve("CARRIES.csv");
            Files.writeString(carries, "classification,code,hs2022\nH5,940360,940361\n", StandardCharsets.UTF_8);
            two = screen("two.json", "--master", "local[2]");
            none = screen("none.json", "--from", "2010", "--to", "2014");
        } finally {
            spark.stop();
        }
        one = screen("one.json", "--master", "local[1]");
    }

    /** The command's exit code, its standard error, and the run it wrote (null when none). */
    private record Ran(int exit, String err, JsonNode run) {
    }

    /** @param more options as pairs of name and value, each replacing the default of the same name */
    private static Ran screen(String out, String... more) throws IOException {
        Map<String, String> options = new LinkedHashMap<>(Map.of("--store", store.toString(), "--origin", "156", "--destination", "842",
                "--from", "2017", "--to", "2020", "--countries", countries.toString(), "--carries", carries.toString(),
                "--out", dir.resolve(out).toString()));
        for (int i = 0; i < more.length; i += 2) {
            options.put(more[i], more[i + 1]);
        }
        List<String> args = new ArrayList<>(List.of("screen"));
        options.forEach((name, value) -> args.addAll(List.of(name, value)));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream before = System.err;
        int exit;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            exit = new CommandLine(WorldJob.class).execute(args.toArray(String[]::new));
        } finally {
            System.setErr(before);
        }
        Path written = dir.resolve(out);
        return new Ran(exit, err.toString(StandardCharsets.UTF_8),
                written.toFile().exists() ? JSON.readTree(written.toFile()) : JSON.nullNode());
    }

    /** The run's figures: what it says less when and where it ran. */
    private static JsonNode figures(JsonNode run) {
        ObjectNode copy = run.deepCopy();
        copy.remove(List.of("startedAt", "finishedAt", "master"));
        return copy;
    }

    /** The small world screened on the class's session (two cores), as most tests read it. */
    private static Ran two;
    /** Years the store holds nothing of. */
    private static Ran none;
    /** The small world screened on a session the command started itself, on one core. */
    private static Ran one;

    @Test
    void theSameWorldScreenedOnOneCoreAndOnTwoGivesTheSameRun() {
        assertThat(one.exit()).isZero();
        assertThat(one.err()).contains("stage 1/6: starting Spark on local[1]");
        assertThat(two.exit()).isZero();
        assertThat(one.run().get("master").asText()).isEqualTo("local[1]");
        assertThat(two.run().get("master").asText()).isEqualTo("local[2]");
        assertThat(figures(one.run())).isEqualTo(figures(two.run()));
    }

    @Test
    void theRunSaysTheRouteTheYearsAndTheAmountsAsExactDecimalStrings() {
        Ran ran = two;

        assertThat(ran.exit()).isZero();
        assertThat(ran.err()).contains("stage 1/6: taking the Spark session already running (its master, not --master local[2])",
                "stage 4/6: screening 1 hubs", "stage 6/6: writing 1 hubs");
        JsonNode run = ran.run();
        assertThat(run.get("origin").asText()).isEqualTo("CN");
        assertThat(run.get("destination").asText()).isEqualTo("US");
        // the workbench's default event: the first of 2018, 2019, 2025 strictly inside 2017–2020
        assertThat(run.get("eventYear").asInt()).isEqualTo(2018);
        assertThat(run.get("cifFobMargin").asDouble()).isEqualTo(0.06);
        assertThat(run.get("sparkVersion").asText()).isEqualTo("4.1.1");
        assertThat(run.get("synthetic").asBoolean()).isTrue();
        JsonNode vn = run.get("hubs").get(0);
        assertThat(vn.get("hub").asText()).isEqualTo("VN");
        // min(600, 500) + min(200, 50) = 550 of 800 (see WorldScreenTest)
        assertThat(vn.get("boundUsd").isTextual()).isTrue();
        assertThat(vn.get("boundUsd").asText()).isEqualTo("550.000000");
        assertThat(vn.get("hubExportsUsd").asText()).isEqualTo("800.000000");
        assertThat(vn.get("products")).hasSize(2);
        JsonNode best = vn.get("products").get(0);
        assertThat(best.get("code").asText()).isEqualTo("850440");
        assertThat(best.get("tradeUsd").asText()).isEqualTo("600.000000");
        assertThat(best.get("signals")).extracting(s -> s.get("kind").asText())
                .containsExactly("DIVERSION", "PASS_THROUGH", "MIRROR_GAP", "UNIT_VALUE", "SURGE", "FREUND");
    }

    @Test
    void aCodeOfTheCarriesFileIsScreenedUnderItsHs2022Number() {
        JsonNode second = two.run().get("hubs").get(0).get("products").get(1);
        // oneHub's 940360 (H5) read as 940361 in every flow: the same figures under the other code (200 in 2020, rank 2)
        assertThat(second.get("code").asText()).isEqualTo("940361");
        assertThat(second.get("rank").asInt()).isEqualTo(2);
        assertThat(second.get("tradeUsd").asText()).isEqualTo("200.000000");
    }

    @Test
    void yearsTheStoreHoldsNothingOfAreRefusedInWordsWithExitCodeTwo() {
        Ran ran = none;

        assertThat(ran.exit()).isEqualTo(2);
        assertThat(ran.err()).contains("refused: the store holds no imports of US (842) in 2010–2014").doesNotContain("\tat ");
        assertThat(ran.run().isNull()).isTrue();
    }

    @Test
    void anOriginThatIsNoCountryOfTheFileIsRefusedBeforeSparkStarts() throws IOException {
        Ran ran = screen("nowhere.json", "--origin", "899");

        assertThat(ran.exit()).isEqualTo(2);
        assertThat(ran.err()).isEqualTo("refused: --origin 899: not a country of the countries file (M49 codes, e.g. 156 for China)"
                + System.lineSeparator());
    }

    @Test
    void anEventWithoutYearsBeforeAndAfterItIsRefused() throws IOException {
        Ran ran = screen("event.json", "--event-year", "2020");

        assertThat(ran.exit()).isEqualTo(2);
        assertThat(ran.err()).contains("--event-year 2020: the event needs years before and after it within 2017–2020");
    }

    @Test
    void aKubernetesMasterWithoutSparkSubmitIsRefusedWithWhereToTurn() throws IOException {
        Ran ran = screen("k8s.json", "--master", "k8s://https://cluster.invalid:6443");

        assertThat(ran.exit()).isEqualTo(2);
        assertThat(ran.err()).contains("refused: --master k8s://https://cluster.invalid:6443: this process carries no Kubernetes support;"
                + " submit the job with a Spark 4.1 distribution's spark-submit");
    }

    @Test
    void aCommandLineThatCannotBeReadIsAFailureNotARefusal() throws IOException {
        Ran ran = screen("unread.json", "--from", "twenty-seventeen");

        assertThat(ran.exit()).isEqualTo(1);
        assertThat(ran.err()).contains("Invalid value for option '--from'");
    }
}
