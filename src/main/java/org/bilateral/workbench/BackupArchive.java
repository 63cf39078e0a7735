package org.bilateral.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;

/** A backup archive's layout: its manifest, one COPY entry per table, each checked by SHA-256. */
final class BackupArchive {

    static final String MANIFEST = "manifest.properties";

    private BackupArchive() {
    }

    /** The entry holding a table's rows, as COPY writes them. */
    static String entry(String table) {
        return "tables/" + table + ".copy";
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The archive by its central directory, which lists every entry: a file that is no ZIP, or cut short, has none. */
    static ZipFile opened(Path file) throws IOException {
        try {
            return new ZipFile(file.toFile());
        } catch (java.util.zip.ZipException e) {
            throw new InvalidInput(file.getFileName().toString(), Said.of("refusal.workbench.notZip", String.valueOf(e.getMessage())));
        }
    }

    static Properties manifest(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(MANIFEST);
        if (entry == null) {
            throw new InvalidInput(name, Said.of("refusal.workbench.noManifest", MANIFEST));
        }
        Properties manifest = new Properties();
        try (InputStream in = zip.getInputStream(entry)) {
            manifest.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidInput(name, Said.of("refusal.workbench.manifestUnread", MANIFEST, String.valueOf(e.getMessage())));
        }
        return manifest;
    }
}
