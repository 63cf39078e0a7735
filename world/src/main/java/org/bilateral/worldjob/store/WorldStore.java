package org.bilateral.worldjob.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetWriter;
import org.jspecify.annotations.Nullable;

/**
 * The world store at any Hadoop path (a plain local path, {@code file://}, {@code hdfs://}, {@code s3a://}): Parquet under
 * {@code flows/year=Y/reporter=R/}, one file per (source file, partition), the manifest under {@code _bilateral/}, and an
 * import's work under {@code _staging/} until every file of it is read (WORLD-SPEC §1).
 *
 * <p>A partition belongs to the file that last wrote it: importing a file replaces, in each partition it touches, the
 * previous owner's Parquet file (a revision); a file that already owns all its partitions is unchanged and not read
 * again. Each file is its own transaction: a refused file leaves the store exactly as it was, and the others of the same
 * import are still kept. Two files of one import holding the same partition refuse the whole import before the store is
 * touched, since which should win cannot be told from the files.
 */
public final class WorldStore {

    /** A bulk file holds one reporter's year; a file spread over more partitions than this is not a bulk file. */
    static final int MOST_PARTITIONS_PER_FILE = 300;

    private final Configuration conf;
    private final FileSystem fs;
    private final Path root;
    private final ObjectMapper json = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private WorldStore(Configuration conf, FileSystem fs, Path root) {
        this.conf = conf;
        this.fs = fs;
        this.root = root;
    }

    /** The store at a location (created by the first import). */
    public static WorldStore at(String location) throws IOException {
        Configuration conf = new Configuration();
        Path path = new Path(location);
        FileSystem fs = path.getFileSystem(conf);
        return new WorldStore(conf, fs, fs.makeQualified(path));
    }

    /** The store's place, qualified ({@code file:/…}, {@code hdfs://…}). */
    public String location() {
        return root.toString();
    }

    /** The folder Spark reads ({@code flows}, partitioned by year and reporter). */
    public String flows() {
        return new Path(root, "flows").toString();
    }

    /** Where rows come from: a bulk file read, or rows generated. */
    public interface RowSource {
        /** Hands every row to the sink; the summary says what was read, skipped and refused. */
        BulkReader.Summary rows(BulkReader.RowSink sink) throws IOException;
    }

    /**
     * Imports bulk files, each its own transaction.
     *
     * @param files Hadoop paths or local paths
     * @param synthetic marks every file synthetic (the generator's files); a file with a {@code synthetic} column that says
     *                  true is marked whatever this says
     * @param progress lines for the person waiting (stderr)
     */
    public ImportReport importFiles(List<String> files, boolean synthetic, Consumer<String> progress) throws IOException {
        List<Staged> staged = new ArrayList<>();
        try {
            return importFiles(files, synthetic, progress, staged);
        } catch (IOException | RuntimeException e) {
            for (Staged one : staged) { // a failure part-way leaves no staged file behind
                discard(one);
            }
            removeStagingIfEmpty();
            throw e;
        }
    }

    private ImportReport importFiles(List<String> files, boolean synthetic, Consumer<String> progress, List<Staged> staged)
            throws IOException {
        long rowsRead = 0;
        long started = System.nanoTime();
        boolean read = false;
        Map<String, Staged> seen = new LinkedHashMap<>();
        // every file's hash first: a file that cannot be read fails the import before anything is staged
        List<String> hashes = new ArrayList<>();
        for (String file : files) {
            Path path = new Path(file);
            hashes.add(sha256(path.getFileSystem(conf), path));
        }
        for (int i = 0; i < files.size(); i++) {
            Path path = new Path(files.get(i));
            FileSystem source = path.getFileSystem(conf);
            String name = path.getName();
            String sha = hashes.get(i);
            progress.accept("file " + (i + 1) + "/" + files.size() + ": " + name);
            Staged first = seen.get(sha);
            if (first != null) { // the same bytes given twice: read once, reported twice alike
                staged.add(Staged.sameAs(name, first));
                progress.accept(name + ": the same file as " + first.name + ", read once");
                continue;
            }
            Optional<ManifestEntry> unchanged = unchanged(sha);
            if (unchanged.isPresent()) {
                Staged one = Staged.unchanged(name, sha, unchanged.get().partitions(), unchanged.get().rowsKept());
                staged.add(one);
                seen.put(sha, one);
                progress.accept(name + ": unchanged (already in the store), not read again");
                continue;
            }
            read = true;
            Staged one = stage(name, sha, synthetic, sink -> {
                try (InputStream in = source.open(path)) {
                    return BulkReader.read(name, in, sink);
                }
            });
            rowsRead += one.summary == null ? 0 : one.summary.rowsRead();
            progress.accept(name + ": " + (one.refused() ? "refused, " + one.problems.size() + " problem(s)"
                    : one.rowsKept() + " rows kept of " + (one.summary == null ? 0 : one.summary.rowsRead()) + " read"));
            staged.add(one);
            seen.put(sha, one);
        }
        refuseSharedPartitions(staged);
        List<FileOutcome> outcomes = new ArrayList<>();
        for (Staged one : staged) {
            if (one.sameAs != null) {
                FileOutcome first = one.sameAs.report();
                outcomes.add(new FileOutcome(one.name, first.sha256(), first.outcome(), first.rowsKept(), first.partitions(),
                        first.problems()));
                continue;
            }
            if (one.outcome.equals(FileOutcome.IMPORTED)) {
                commit(one);
            } else {
                discard(one);
            }
            outcomes.add(one.report());
        }
        removeStagingIfEmpty();
        double seconds = (System.nanoTime() - started) / 1e9;
        return new ImportReport(outcomes, read && seconds > 0 ? Math.round(rowsRead / seconds * 10) / 10.0 : 0);
    }

    /**
     * Writes generated rows straight into the store as if a file of that name and hash had been imported (the
     * generator's {@code --straight-into}: the bulk reader is skipped, the manifest marks them synthetic).
     */
    public FileOutcome importRows(String name, String sha256, RowSource rows) throws IOException {
        Optional<ManifestEntry> unchanged = unchanged(sha256);
        if (unchanged.isPresent()) {
            return Staged.unchanged(name, sha256, unchanged.get().partitions(), unchanged.get().rowsKept()).report();
        }
        Staged one = stage(name, sha256, true, rows);
        if (one.outcome.equals(FileOutcome.IMPORTED)) {
            commit(one);
        } else {
            discard(one);
        }
        removeStagingIfEmpty();
        return one.report();
    }

    /** The file that owns a partition, if any. */
    public Optional<PartitionOwner> owner(int year, int reporter) throws IOException {
        Path path = partitionEntry(year, reporter);
        if (!fs.exists(path)) {
            return Optional.empty();
        }
        try (InputStream in = fs.open(path)) {
            return Optional.of(json.readValue(in, PartitionOwner.class));
        }
    }

    /** A file's manifest entry, if the store has imported it. */
    public Optional<ManifestEntry> file(String sha256) throws IOException {
        Path path = new Path(root, "_bilateral/files/" + sha256 + ".json");
        if (!fs.exists(path)) {
            return Optional.empty();
        }
        try (InputStream in = fs.open(path)) {
            return Optional.of(json.readValue(in, ManifestEntry.class));
        }
    }

    /** The entry of a file that owns every partition it wrote; empty when the file is new or revised since. */
    private Optional<ManifestEntry> unchanged(String sha) throws IOException {
        Optional<ManifestEntry> entry = file(sha);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        for (PartitionRows p : entry.get().partitions()) {
            Optional<PartitionOwner> owner = owner(p.year(), p.reporter());
            if (owner.isEmpty() || !owner.get().file().equals(sha)) {
                return Optional.empty();
            }
        }
        return entry;
    }

    /** Reads a source into Parquet files under a staging folder of its own, one per partition. */
    private Staged stage(String name, String sha, boolean synthetic, RowSource source) throws IOException {
        Path staging = new Path(root, "_staging/" + UUID.randomUUID());
        Map<Long, ParquetWriter<FlowRow>> writers = new TreeMap<>();
        Map<Long, long[]> rows = new TreeMap<>();
        String part = "part-" + sha.substring(0, 12) + ".parquet";
        BulkReader.Summary summary;
        List<String> problems = new ArrayList<>();
        try {
            summary = source.rows(row -> {
                long key = row.year() * 1000L + row.reporter();
                ParquetWriter<FlowRow> writer = writers.get(key);
                if (writer == null) {
                    if (writers.size() >= MOST_PARTITIONS_PER_FILE) {
                        throw new TooManyPartitions();
                    }
                    writer = FlowsParquet.writer(new Path(staging, "flows/year=" + row.year() + "/reporter=" + row.reporter() + "/" + part), conf);
                    writers.put(key, writer);
                    rows.put(key, new long[1]);
                }
                writer.write(row);
                rows.get(key)[0]++;
            });
            problems.addAll(summary.problems());
        } catch (TooManyPartitions e) {
            summary = null;
            problems.add(name + ": the file holds rows of more than " + MOST_PARTITIONS_PER_FILE
                    + " partitions (year and reporter); a bulk file holds one reporter's year");
        } catch (IOException | RuntimeException e) {
            try {
                closeAll(writers.values());
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            fs.delete(staging, true);
            throw e;
        }
        closeAll(writers.values());
        List<PartitionRows> partitions = new ArrayList<>();
        rows.forEach((key, count) -> partitions.add(new PartitionRows((int) (key / 1000), (int) (key % 1000), count[0])));
        boolean marked = synthetic || (summary != null && summary.synthetic());
        return new Staged(name, sha, problems.isEmpty() ? FileOutcome.IMPORTED : FileOutcome.REFUSED, summary, partitions,
                problems, staging, marked);
    }

    private static void closeAll(java.util.Collection<ParquetWriter<FlowRow>> writers) throws IOException {
        IOException first = null;
        for (ParquetWriter<FlowRow> writer : writers) {
            try {
                writer.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        writers.clear();
        if (first != null) {
            throw first;
        }
    }

    private static final class TooManyPartitions extends RuntimeException {
        TooManyPartitions() {
            super(null, null, false, false);
        }
    }

    /** Refuses every file of the import where two of its files hold one partition, naming both and the partition. */
    private static void refuseSharedPartitions(List<Staged> staged) {
        Map<String, Staged> holder = new TreeMap<>();
        List<String> conflicts = new ArrayList<>();
        for (Staged one : staged) {
            if (one.refused() || one.sameAs != null) {
                continue;
            }
            for (PartitionRows p : one.partitions) {
                Staged other = holder.putIfAbsent(p.path(), one);
                if (other != null && other != one) {
                    String said = other.name + " and " + one.name + " both hold partition " + p.path()
                            + ": import them one at a time, the revision last";
                    other.problems.add(other.name + ": " + said);
                    one.problems.add(one.name + ": " + said);
                    conflicts.add(said);
                }
            }
        }
        if (conflicts.isEmpty()) {
            return;
        }
        for (Staged one : staged) {
            if (one.sameAs != null) {
                continue; // reported as its first
            }
            if (one.problems.isEmpty()) {
                one.problems.add(one.name + ": not imported, as the import is refused: " + conflicts.get(0));
            }
            one.outcome = FileOutcome.REFUSED;
        }
    }

    /** Moves a staged file's partitions into place, each replacing its previous owner's file, then records it. */
    private void commit(Staged one) throws IOException {
        String part = "part-" + one.sha.substring(0, 12) + ".parquet";
        for (PartitionRows p : one.partitions) {
            Path folder = new Path(root, "flows/" + p.path());
            fs.mkdirs(folder);
            Optional<PartitionOwner> previous = owner(p.year(), p.reporter());
            if (previous.isPresent() && !previous.get().file().equals(one.sha)) {
                fs.delete(new Path(folder, "part-" + previous.get().file().substring(0, 12) + ".parquet"), false);
            }
            Path target = new Path(folder, part);
            fs.delete(target, false);
            if (!fs.rename(new Path(one.staging, "flows/" + p.path() + "/" + part), target)) {
                throw new IOException("could not move " + p.path() + " of " + one.name + " into " + folder);
            }
            write(partitionEntry(p.year(), p.reporter()), new PartitionOwner(one.sha, one.name, one.synthetic));
        }
        BulkReader.Summary summary = one.summary;
        write(new Path(root, "_bilateral/files/" + one.sha + ".json"), new ManifestEntry(one.sha, one.name,
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                summary == null ? 0 : summary.rowsRead(), one.rowsKept(),
                summary == null ? Map.of() : new TreeMap<>(summary.skipped()), one.partitions, one.synthetic));
        fs.delete(one.staging, true);
    }

    private void discard(Staged one) throws IOException {
        if (one.staging != null) {
            fs.delete(one.staging, true);
        }
    }

    private void removeStagingIfEmpty() throws IOException {
        Path staging = new Path(root, "_staging");
        try {
            if (fs.listStatus(staging).length == 0) {
                fs.delete(staging, false);
            }
        } catch (FileNotFoundException e) {
            // nothing was staged
        }
    }

    private Path partitionEntry(int year, int reporter) {
        return new Path(root, "_bilateral/partitions/year=" + year + "/reporter=" + reporter + ".json");
    }

    private void write(Path path, Object value) throws IOException {
        try (OutputStream out = fs.create(path, true)) {
            json.writerWithDefaultPrettyPrinter().writeValue(out, value);
        }
    }

    /** A file's SHA-256, read once before it is parsed, so that an unchanged file is recognised without parsing it. */
    private static String sha256(FileSystem fs, Path path) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(fs.open(path), digest)) {
            byte[] buffer = new byte[1 << 16];
            while (in.read(buffer) >= 0) {
                // the digest sees every byte
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A file of an import between reading and committing. */
    private static final class Staged {
        final String name;
        final String sha;
        String outcome;
        final BulkReader.@Nullable Summary summary;
        final List<PartitionRows> partitions;
        final List<String> problems;
        final @Nullable Path staging;
        final boolean synthetic;
        final long unchangedRows;
        /** For a file given twice, the first of the two, whose outcome it shares. */
        @Nullable Staged sameAs;

        Staged(String name, String sha, String outcome, BulkReader.@Nullable Summary summary, List<PartitionRows> partitions,
               List<String> problems, @Nullable Path staging, boolean synthetic) {
            this(name, sha, outcome, summary, partitions, problems, staging, synthetic, 0);
        }

        private Staged(String name, String sha, String outcome, BulkReader.@Nullable Summary summary,
                       List<PartitionRows> partitions, List<String> problems, @Nullable Path staging, boolean synthetic,
                       long unchangedRows) {
            this.name = name;
            this.sha = sha;
            this.outcome = outcome;
            this.summary = summary;
            this.partitions = partitions;
            this.problems = problems;
            this.staging = staging;
            this.synthetic = synthetic;
            this.unchangedRows = unchangedRows;
        }

        static Staged sameAs(String name, Staged first) {
            Staged one = new Staged(name, first.sha, first.outcome, null, List.of(), new ArrayList<>(), null, false, 0);
            one.sameAs = first;
            return one;
        }

        static Staged unchanged(String name, String sha, List<PartitionRows> partitions, long rowsKept) {
            return new Staged(name, sha, FileOutcome.UNCHANGED, null, partitions, new ArrayList<>(), null, false, rowsKept);
        }

        boolean refused() {
            return !problems.isEmpty();
        }

        long rowsKept() {
            return summary != null ? summary.rowsKept() : unchangedRows;
        }

        FileOutcome report() {
            boolean refused = outcome.equals(FileOutcome.REFUSED);
            return new FileOutcome(name, sha, outcome, refused ? 0 : rowsKept(), refused ? List.of() : partitions,
                    List.copyOf(problems));
        }
    }
}
