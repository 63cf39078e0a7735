package org.bilateral.reference;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Where reference files are read from: a folder or a base URL, as a deployment mirrors them. */
record ReferenceLocation(String base) {

    static ReferenceLocation of(@Nullable String configured) {
        String base = configured == null || configured.isBlank() ? "../shared/data" : configured.trim();
        return new ReferenceLocation(base);
    }

    boolean isUrl() {
        return base.startsWith("http://") || base.startsWith("https://") || base.startsWith("file:");
    }

    boolean exists() {
        return isUrl() || Files.isRegularFile(Path.of(base, "countries", "country-codes.csv"));
    }

    /**
     * Whether a file is there: a folder is asked; a URL is opened, and only a file the server says it does not have
     * (404) counts as absent.
     */
    boolean holds(String relative) {
        if (!isUrl()) {
            return Files.isRegularFile(Path.of(base, relative));
        }
        try (InputStream in = open(relative)) {
            return in != null;
        } catch (java.io.FileNotFoundException e) {
            return false;
        } catch (IOException e) {
            return true; // any other failure is said when the file is read
        }
    }

    InputStream open(String relative) throws IOException {
        if (isUrl()) {
            return URI.create(base.endsWith("/") ? base + relative : base + "/" + relative).toURL().openStream();
        }
        Path file = Path.of(base, relative);
        if (!Files.isRegularFile(file)) {
            throw new IOException("missing reference file " + file.toAbsolutePath().normalize());
        }
        return Files.newInputStream(file);
    }

    String describe() {
        return isUrl() ? base : Path.of(base).toAbsolutePath().normalize().toString();
    }
}
