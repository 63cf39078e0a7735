package org.bilateral.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.bilateral.shared.Counted;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;

/**
 * The archive read through against its manifest and this schema, changing nothing: every problem found is named, all
 * at once, and any one refuses the restore. A ZIP's own CRC-32 catches a flipped bit, but not an entry taken out, cut
 * short or rewritten: the manifest's tables, row counts and checksums do.
 */
final class BackupCheck {

    private static final String COUNT = "\\d{1,18}";

    private final ZipFile zip;
    private final Properties manifest;
    private final boolean checksums;
    private final List<String> problems = new ArrayList<>();

    private BackupCheck(ZipFile zip, Properties manifest, boolean checksums) {
        this.zip = zip;
        this.manifest = manifest;
        this.checksums = checksums;
    }

    /** Refuses the archive, naming every problem, unless it holds exactly what its manifest says, as this schema has it. */
    static void verify(ZipFile zip, String name, Properties manifest, boolean checksums, List<String> tables,
            Set<String> sequences) {
        BackupCheck check = new BackupCheck(zip, manifest, checksums);
        Set<String> listed = check.listedTables(tables);
        Map<String, Integer> seen = check.entriesWritten(listed);
        for (String table : listed) {
            if (tables.contains(table)) {
                check.table(table, seen.containsKey(BackupArchive.entry(table)));
            }
        }
        check.sequences(sequences);
        if (!check.problems.isEmpty()) {
            List<InputProblem> refused = new ArrayList<>(check.problems.stream()
                    .map(problem -> new InputProblem(name, null, null, problem)).toList());
            refused.add(new InputProblem(name, null, null, Said.of("refusal.workbench.restoreRefused")));
            throw new InvalidInput(refused);
        }
    }

    /** The tables the manifest counts rows of, each checked against this schema's. */
    private Set<String> listedTables(List<String> tables) {
        Set<String> listed = new TreeSet<>();
        for (String key : manifest.stringPropertyNames()) {
            if (key.startsWith("rows.")) {
                listed.add(key.substring("rows.".length()));
            }
        }
        for (String table : listed) {
            if (!tables.contains(table)) {
                problems.add("the manifest lists a table " + table + " this schema has not");
            }
        }
        for (String table : tables) {
            if (!listed.contains(table)) {
                problems.add("the manifest lists no table " + table + " (this schema has it)");
            }
        }
        return listed;
    }

    /** Every entry of the archive and how often it is there: each once, and each one a backup writes. */
    private Map<String, Integer> entriesWritten(Set<String> listed) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (ZipEntry entry : Collections.list(zip.entries())) {
            seen.merge(entry.getName(), 1, Integer::sum);
        }
        seen.forEach((entry, times) -> {
            if (times > 1) {
                problems.add(entry + " is in the archive " + times + " times");
            }
            boolean written = entry.equals(BackupArchive.MANIFEST) || entry.startsWith("tables/") && entry.endsWith(".copy")
                    && listed.contains(entry.substring("tables/".length(), entry.length() - ".copy".length()));
            if (!written) {
                problems.add(entry + " is no entry a backup writes (the manifest lists no such table)");
            }
        });
        return seen;
    }

    /** A table's entry: there, whole, with the rows and checksum the manifest gives it. */
    private void table(String table, boolean present) {
        String entry = BackupArchive.entry(table);
        String expectedRows = manifest.getProperty("rows." + table, "").strip();
        String expectedSha = manifest.getProperty("sha256." + table);
        if (!expectedRows.matches(COUNT)) {
            problems.add("the manifest's row count for " + table + " is not a count: " + expectedRows);
        }
        if (checksums && (expectedSha == null || !expectedSha.strip().matches("[0-9a-f]{64}"))) {
            problems.add("the manifest gives no SHA-256 checksum for " + table
                    + (expectedSha == null ? "" : " (" + expectedSha + " is none)"));
        }
        if (!present) {
            problems.add(entry + " is missing (the manifest counts "
                    + (expectedRows.matches(COUNT) ? Counted.of(Long.parseLong(expectedRows), "row", "rows") : expectedRows)
                    + " in it)");
            return;
        }
        EntryRead read = read(entry);
        if (read == null) {
            return;
        }
        if (!read.endsLine()) {
            problems.add(entry + " ends in the middle of a row: it was cut short");
        } else if (expectedRows.matches(COUNT) && read.rows() != Long.parseLong(expectedRows)) {
            problems.add(entry + " holds " + Counted.of(read.rows(), "row", "rows") + " where the manifest counts "
                    + Counted.of(Long.parseLong(expectedRows), "row", "rows"));
        }
        if (checksums && expectedSha != null && !read.sha256().equals(expectedSha.strip())) {
            problems.add(entry + " does not match its checksum (SHA-256 " + read.sha256() + " where the manifest says "
                    + expectedSha.strip() + "): it was altered or damaged");
        }
    }

    /** What an entry holds, read whole: its rows, whether it ends a row, its SHA-256. */
    record EntryRead(long rows, boolean endsLine, String sha256) {
    }

    /** The entry read through; null, with the problem said, when it cannot be read. */
    private @Nullable EntryRead read(String entry) {
        MessageDigest digest = BackupArchive.sha256();
        long rows = 0;
        boolean endsLine = true;
        try (InputStream in = zip.getInputStream(zip.getEntry(entry))) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
                // COPY's text format escapes a newline within a value (\n): each newline byte ends one row
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        rows++;
                    }
                }
                endsLine = buffer[n - 1] == '\n';
            }
        } catch (IOException e) {
            problems.add(entry + " cannot be read (" + e.getMessage() + "): the archive is damaged");
            return null;
        }
        return new EntryRead(rows, endsLine, HexFormat.of().formatHex(digest.digest()));
    }

    /** Each sequence the manifest sets: one of this schema's, with a value setval() takes. */
    private void sequences(Set<String> sequences) {
        for (String key : manifest.stringPropertyNames()) {
            if (key.startsWith("sequence.")) {
                String sequence = key.substring("sequence.".length());
                if (!sequences.contains(sequence)) {
                    problems.add("the manifest sets a sequence " + sequence + " this schema has not");
                } else if (!manifest.getProperty(key).strip().matches("-?\\d{1,19},(true|false)")) {
                    problems.add("the manifest's value for sequence " + sequence + " is not one: " + manifest.getProperty(key));
                }
            }
        }
    }
}
