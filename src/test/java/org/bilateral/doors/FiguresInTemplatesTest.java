package org.bilateral.doors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Pages write every number and moment through the one formatter, {@code @fmt} (doors/Figures), in the page's language. */
class FiguresInTemplatesTest {

    private static final Pattern OTHER_FORMATTER = Pattern.compile("#(numbers|temporals|dates|calendars)\\.format");

    @Test
    void noTemplateFormatsAFigureWithThymeleafsOwnUtilities() throws IOException {
        List<String> found;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            found = files.filter(f -> f.toString().endsWith(".html")).flatMap(f -> {
                try {
                    List<String> lines = Files.readAllLines(f);
                    return java.util.stream.IntStream.range(0, lines.size())
                            .filter(i -> OTHER_FORMATTER.matcher(lines.get(i)).find())
                            .mapToObj(i -> f + ":" + (i + 1));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertThat(found).as("use @fmt.whole, @fmt.decimal, @fmt.percent, @fmt.minute or @fmt.day instead").isEmpty();
    }
}
