package org.bilateral;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every capability's doors are in its {@code web} and {@code cli} packages (benchmarks in {@code bench}): a page, an API
 * or a command is never found beside the use cases it calls. The launcher, which only gathers the commands, is the one
 * exception.
 */
class DoorsTest {

    private static final Path SOURCES = Path.of("src/main/java/org/bilateral");
    private static final Pattern DOOR = Pattern.compile("(?m)^@(Controller|RestController|Command\\(name)");
    private static final Pattern DOOR_PACKAGE = Pattern.compile("(?m)^package org\\.bilateral\\.\\w+\\.(web|cli|bench)(\\.\\w+)*;");

    @Test
    void everyPageApiAndCommandLiesInItsCapabilitysWebCliOrBenchPackage() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<String> misplaced = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.endsWith(Path.of("workbench", "BilateralCommand.java")))
                    .filter(p -> DOOR.matcher(read(p)).find() && !DOOR_PACKAGE.matcher(read(p)).find())
                    .map(p -> SOURCES.relativize(p).toString()).toList();
            assertThat(misplaced).isEmpty();
        }
    }

    @Test
    void aDoorOutsideItsPackageIsFound() {
        String misplaced = "package org.bilateral.policy;\n\n@Controller\nclass AskPages {\n}\n";
        assertThat(DOOR.matcher(misplaced).find() && !DOOR_PACKAGE.matcher(misplaced).find()).isTrue();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
