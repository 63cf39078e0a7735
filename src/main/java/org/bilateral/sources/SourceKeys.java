package org.bilateral.sources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.bilateral.shared.Said;
import org.bilateral.shared.Unavailable;
import org.bilateral.workbench.WorkbenchProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * A source's key, never in the repository and never shown: from the environment ({@code BILATERAL_CENSUS_KEY}, or the
 * property {@code bilateral.sources.census.key} that Spring reads from it) or from a file {@code keys/census} under the
 * workbench's home that only its owner may read. A key file others may read is refused rather than used, so that a
 * shared machine does not leak a subscription.
 */
@Component
public class SourceKeys {

    private static final Set<PosixFilePermission> OTHERS = Set.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    private final Environment environment;
    private final Path keys;

    @Autowired
    SourceKeys(Environment environment, WorkbenchProperties workbench) {
        this(environment, workbench.home());
    }

    public SourceKeys(Environment environment, Path home) {
        this.environment = environment;
        this.keys = home.resolve("keys");
    }

    /** The key of a source ("census", "comtrade", "federal-register"), when one is configured. */
    public Optional<String> key(String sourceId) {
        String property = environment.getProperty("bilateral.sources." + sourceId + ".key");
        if (property != null && !property.isBlank()) {
            return Optional.of(property.strip());
        }
        String variable = environment.getProperty("BILATERAL_" + sourceId.toUpperCase(Locale.ROOT).replace('-', '_') + "_KEY");
        if (variable != null && !variable.isBlank()) {
            return Optional.of(variable.strip());
        }
        Path file = file(sourceId);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
                if (permissions.stream().anyMatch(OTHERS::contains)) {
                    throw new Unavailable(Said.of("refusal.sources.keyFileOpen", file.toString()));
                }
            }
            String key = Files.readString(file, StandardCharsets.UTF_8).strip();
            return key.isEmpty() ? Optional.empty() : Optional.of(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where a source's key file is looked for. */
    public Path file(String sourceId) {
        return keys.resolve(sourceId);
    }
}
