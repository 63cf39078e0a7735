package org.bilateral.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The names of the classes of the launcher's commands, written once by the build (the {@code command-index} execution
 * in pom.xml runs {@link #main} after compiling) so that help, which answers in a moment, never scans the classpath: a
 * scan reads every class of the application in the jar (most of {@code --help}'s time before). Run from a tree that
 * the build did not index (an IDE), the commands are found by the same scan, so nothing depends on the index but time.
 */
public final class CommandIndex {

    /** Where the build writes the index, under the compiled classes. */
    static final String RESOURCE = "META-INF/bilateral/commands";

    private CommandIndex() {
    }

    /** Writes the index of the compiled classes into the file named by the one argument (the build's step). */
    public static void main(String[] args) throws IOException {
        // The scan's debug lines would fill the build's output: logging is unconfigured in the build's JVM.
        if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.WARN);
        }
        Path file = Path.of(args[0]);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, String.join("\n", scan()) + "\n", StandardCharsets.UTF_8);
    }

    /** The command classes: from the build's index, or found by the scan when there is none. */
    static List<String> names() {
        try (InputStream in = CommandIndex.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return scan();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the index of the commands, " + RESOURCE, e);
        }
    }

    /**
     * Every class under org.bilateral that is a {@link CliCommand} and a picocli command, by name and in name order
     * (so the index a build writes is the same for the same classes: the jar stays reproducible).
     */
    static List<String> scan() {
        var scan = new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new org.springframework.core.type.filter.AssignableTypeFilter(CliCommand.class));
        List<String> out = new ArrayList<>();
        for (var candidate : scan.findCandidateComponents("org.bilateral")) {
            String name = candidate.getBeanClassName();
            if (name != null && candidate instanceof org.springframework.beans.factory.annotation.AnnotatedBeanDefinition annotated
                    && annotated.getMetadata().hasAnnotation(picocli.CommandLine.Command.class.getName())) {
                out.add(name);
            }
        }
        out.sort(null);
        return out;
    }
}
