package org.bilateral.sources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.bilateral.shared.InvalidInput;
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

    /** Where a source's key was found, never the key itself: the Sources page shows this. */
    public enum Found {
        PROPERTY, ENVIRONMENT, FILE, NOWHERE
    }

    /** The environment variable a source's key is read from: {@code BILATERAL_FEDERAL_REGISTER_KEY}. */
    public static String variable(String sourceId) {
        return "BILATERAL_" + sourceId.toUpperCase(Locale.ROOT).replace('-', '_') + "_KEY";
    }

    /**
     * Where the key of a source is found, in the order {@link #key(String)} looks: a property, the environment, the file.
     * A key file others may read is refused as {@link #key(String)} refuses it.
     */
    public Found found(String sourceId) {
        String property = environment.getProperty("bilateral.sources." + sourceId + ".key");
        if (property != null && !property.isBlank()) {
            return Found.PROPERTY;
        }
        String variable = environment.getProperty(variable(sourceId));
        if (variable != null && !variable.isBlank()) {
            return Found.ENVIRONMENT;
        }
        return key(sourceId).isPresent() ? Found.FILE : Found.NOWHERE;
    }

    /**
     * Writes a source's key to its file under the home, which only its owner may read or write (600, in a folder only its
     * owner may open): the key a person pasted on the Sources page, never shown back. Written beside and then moved over
     * the old file, so that no reader finds half a key.
     */
    public Path write(String sourceId, String key) {
        String k = key.strip();
        if (k.isEmpty() || k.length() > 4096 || k.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new InvalidInput("key", Said.of("refusal.sources.badKey"));
        }
        if (!sourceId.matches("[a-z0-9-]{1,40}")) {
            throw new InvalidInput("source", Said.of("refusal.sources.badKey"));
        }
        try {
            boolean posix = Files.getFileStore(Files.createDirectories(keys.getParent() == null ? keys : keys.getParent()))
                    .supportsFileAttributeView("posix");
            if (!Files.isDirectory(keys)) {
                if (posix) {
                    Files.createDirectories(keys, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(keys);
                }
            }
            Path file = file(sourceId);
            Path written = posix
                    ? Files.createTempFile(keys, "." + sourceId, ".new", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : Files.createTempFile(keys, "." + sourceId, ".new");
            try {
                Files.writeString(written, k + "\n", StandardCharsets.UTF_8);
                Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(written);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The key of a source ("census", "comtrade", "federal-register"), when one is configured. */
    public Optional<String> key(String sourceId) {
        String property = environment.getProperty("bilateral.sources." + sourceId + ".key");
        if (property != null && !property.isBlank()) {
            return Optional.of(property.strip());
        }
        String variable = environment.getProperty(variable(sourceId));
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
