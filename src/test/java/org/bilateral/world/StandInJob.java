package org.bilateral.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;

/**
 * A stand-in for the world job, so that the launching is tested without Spark: a small {@code WorldJob} compiled here
 * into the jar an engine folder holds. It echoes its command line on standard output; its store names what it does: a
 * store containing "refuse" is refused (exit 2), "fail" fails (exit 1); {@code screen} copies the file its store names
 * to its RUN.json and prints the countries it was given; {@code import} writes a report of one file imported, one
 * refused (exit 2); {@code generate} prints a file written.
 */
public final class StandInJob {

    /** The stand-in: the job's command line echoed, its files written as the world spec says, its exit as the store asks. */
    static final String STAND_IN = """
            package org.bilateral.worldjob;

            import java.nio.file.Files;
            import java.nio.file.Path;
            import java.util.List;

            public final class WorldJob {
                public static void main(String[] a) throws Exception {
                    List<String> args = List.of(a);
                    String store = args.contains("--store") ? args.get(args.indexOf("--store") + 1) : "";
                    System.out.println("args: " + String.join(" ", a));
                    if (store.contains("refuse")) {
                        System.err.println("the store holds nothing for 842 in 2017-2024");
                        System.exit(2);
                    }
                    if (store.contains("fail")) {
                        System.err.println("stage 1/3: reading the store");
                        System.err.println("Spark could not start: not enough memory");
                        System.exit(1);
                    }
                    switch (a[0]) {
                        case "screen" -> {
                            System.err.println("stage 1/2: reading the store");
                            System.err.println("stage 2/2: screening 2 hubs");
                            System.out.print(Files.readString(Path.of(args.get(args.indexOf("--countries") + 1))));
                            Files.copy(Path.of(store), Path.of(args.get(args.indexOf("--out") + 1)));
                        }
                        case "import" -> {
                            Files.writeString(Path.of(args.get(args.indexOf("--report") + 1)), \"""
                                {"files": [{"name": "a.txt.gz", "sha256": "aa", "outcome": "imported", "rowsKept": 120000,
                                            "partitions": [{"year": 2019, "reporter": 704, "rows": 120000}], "problems": []},
                                           {"name": "b.txt.gz", "sha256": "bb", "outcome": "refused", "rowsKept": 0, "partitions": [],
                                            "problems": ["b.txt.gz, line 812, field primaryValue: '12,5' is not an amount"]}],
                                 "rowsPerSecond": 1234.5}\""");
                            System.exit(2);
                        }
                        default -> System.out.println("SYNTHETIC-FINAL-CA7042019H5.txt.gz: 100 rows");
                    }
                }
            }
            """;

    private StandInJob() {
    }

    /** The engine folder {@code engine} made to hold the stand-in (its jar and an empty lib/). */
    public static Path build(Path engine) throws IOException {
        Path sources = Files.createDirectories(engine.resolve("src/org/bilateral/worldjob"));
        Path classes = Files.createDirectories(engine.resolve("classes"));
        Files.writeString(sources.resolve("WorldJob.java"), STAND_IN);
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                sources.resolve("WorldJob.java").toString());
        assertThat(compiled).isZero();
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(engine.resolve(WorldJobs.JAR)))) {
            jar.putNextEntry(new JarEntry("org/bilateral/worldjob/WorldJob.class"));
            jar.write(Files.readAllBytes(classes.resolve("org/bilateral/worldjob/WorldJob.class")));
            jar.closeEntry();
        }
        Files.createDirectories(engine.resolve("lib"));
        return engine;
    }
}
