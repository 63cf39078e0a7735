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
 * One way to build a chart: the server writes the whole ECharts option as doors/ChartOptions records. An option built
 * as a map (its keys written as strings in Java) or in JavaScript (a setOption beside the one in bilateral.js's
 * {@code show}, or a series or axis written in a script) is found here.
 */
class ChartsTest {

    private static final Path SOURCES = Path.of("src/main/java/org/bilateral");
    private static final Path SCRIPTS = Path.of("src/main/resources");
    private static final Path MODEL = Path.of("doors", "ChartOptions.java");
    /** An option's keys as a map's: put("series", …), Map.of("xAxis", …), "itemStyle", … */
    private static final Pattern JAVA_OPTION = Pattern.compile("\"(series|xAxis|yAxis|itemStyle|lineStyle|markLine|tooltip|legend)\"");
    /** An option written in a script: its series or axes, or a setOption beside the one that hands the server's on. */
    private static final Pattern SCRIPT_OPTION = Pattern.compile("\\b(series|xAxis|yAxis)\\s*:|setOption\\(");

    @Test
    void noChartOptionIsBuiltAsAMapOutsideTheModel() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<String> maps = files.filter(p -> p.toString().endsWith(".java") && !p.endsWith(SOURCES.resolve(MODEL)))
                    .filter(p -> JAVA_OPTION.matcher(read(p)).find())
                    .map(p -> SOURCES.relativize(p).toString()).toList();
            assertThat(maps).isEmpty();
        }
    }

    @Test
    void noScriptBuildsAChartsOptionAndOnlyOneHandsItToECharts() throws IOException {
        try (Stream<Path> files = Files.walk(SCRIPTS)) {
            List<String> built = files.filter(p -> p.toString().endsWith(".js") || p.toString().endsWith(".html"))
                    .filter(p -> !p.getFileName().toString().startsWith("echarts"))
                    .filter(p -> scriptOptions(read(p)) > (p.endsWith(Path.of("js", "bilateral.js")) ? 1 : 0))
                    .map(p -> SCRIPTS.relativize(p).toString()).toList();
            assertThat(built).isEmpty();
        }
    }

    @Test
    void anOptionBuiltAsAMapOrInAScriptIsFound() {
        assertThat(JAVA_OPTION.matcher("option.put(\"series\", List.of(Map.of(\"type\", \"bar\")));").find()).isTrue();
        assertThat(JAVA_OPTION.matcher("Series.bar(words.apply(\"common.exports\"), data)").find()).isFalse();
        assertThat(scriptOptions("chart.setOption({xAxis: {type: 'category'}, series: []});")).isEqualTo(3);
        assertThat(scriptOptions("var c = echarts.init(el);\n    c.setOption(option);")).isEqualTo(1);
    }

    private static long scriptOptions(String script) {
        return SCRIPT_OPTION.matcher(script).results().count();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
