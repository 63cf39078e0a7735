package org.bilateral;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every table belongs to the module whose folder of migrations creates it ({@code db/migration/<module>/}), and no other
 * module's SQL names it: a module reads another's records only through that module's published API.
 */
class TableOwnershipTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path SOURCES = Path.of("src/main/java/org/bilateral");
    private static final Pattern CREATED = Pattern.compile("(?i)create\\s+(?:unlogged\\s+)?(?:table|view)\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");
    /** Java's string literals and text blocks: where the SQL is. */
    private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern NAMED = Pattern.compile("(?i)\\b(?:from|join|into|update|table)\\s+(\\w+)");

    @Test
    void everyMigrationLiesInTheFolderOfAModule() throws IOException {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            assertThat(files.filter(Files::isRegularFile).map(Path::getFileName).map(Path::toString))
                    .as("migrations outside a module's folder").isEmpty();
        }
        for (String module : owners().values()) {
            assertThat(SOURCES.resolve(module)).as("the module of db/migration/" + module).isDirectory();
        }
    }

    @Test
    void aModulesSqlNamesOnlyItsOwnTables() throws IOException {
        Map<String, String> owners = owners();
        assertThat(owners).containsEntry("organisation", "engagements").containsEntry("deal", "commitments")
                .containsEntry("trade_figure", "tradestats").containsEntry("merge_proposal", "engagements");
        List<String> trespasses = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(SOURCES)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String module = SOURCES.relativize(source).getName(0).toString();
                Matcher literal = LITERAL.matcher(Files.readString(source));
                while (literal.find()) {
                    String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
                    Matcher named = NAMED.matcher(text);
                    while (named.find()) {
                        String owner = owners.get(named.group(1).toLowerCase());
                        if (owner != null && !owner.equals(module)) {
                            trespasses.add(SOURCES.relativize(source) + " names " + named.group(1) + ", a table of " + owner);
                        }
                    }
                }
            }
        }
        assertThat(trespasses).isEmpty();
    }

    @Test
    void aTrespassIsFound() {
        Matcher named = NAMED.matcher("select d.* from deal d join organisation b on b.id = d.buyer_id");
        List<String> tables = new ArrayList<>();
        while (named.find()) {
            tables.add(named.group(1));
        }
        assertThat(tables).containsExactly("deal", "organisation");
    }

    /** Each table and view, by the module whose migrations create it. */
    private static Map<String, String> owners() throws IOException {
        Map<String, String> owners = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MIGRATIONS)) {
            for (Path migration : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
                String module = MIGRATIONS.relativize(migration).getName(0).toString();
                Matcher created = CREATED.matcher(Files.readString(migration));
                while (created.find()) {
                    String previous = owners.put(created.group(1).toLowerCase(), module);
                    assertThat(previous == null || previous.equals(module)).as(created.group(1) + " created by two modules").isTrue();
                }
            }
        }
        return owners;
    }
}
