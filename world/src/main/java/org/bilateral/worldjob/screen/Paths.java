package org.bilateral.worldjob.screen;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/**
 * The command's own files (COUNTRIES.csv, RUN.json): a plain path on this machine, or a Hadoop path with a scheme
 * ({@code hdfs://}, {@code s3a://}) where the driver runs on a cluster (spark-submit's cluster mode) and cannot reach the
 * workbench's disk.
 */
final class Paths {

    private Paths() {
    }

    static boolean hadoop(String path) {
        return path.matches("[A-Za-z][A-Za-z0-9+.-]*://.*") && !path.startsWith("file://");
    }

    static InputStream open(String path) throws IOException {
        if (hadoop(path)) {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
            return p.getFileSystem(new Configuration()).open(p);
        }
        return Files.newInputStream(local(path));
    }

    static boolean exists(String path) throws IOException {
        if (hadoop(path)) {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
            return p.getFileSystem(new Configuration()).exists(p);
        }
        return Files.isRegularFile(local(path));
    }

    /** What a writer gives, written beside the file first and moved into place, so a reader never finds half of it. */
    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    static void write(String path, Writer writer) throws IOException {
        if (hadoop(path)) {
            org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(path);
            FileSystem fs = target.getFileSystem(new Configuration());
            org.apache.hadoop.fs.Path partial = new org.apache.hadoop.fs.Path(target.getParent(), "." + target.getName() + ".partial");
            try (OutputStream out = fs.create(partial, true)) {
                writer.write(out);
            }
            fs.delete(target, false);
            if (!fs.rename(partial, target)) {
                throw new IOException("could not move " + partial + " to " + target);
            }
            return;
        }
        Path out = local(path).toAbsolutePath();
        Files.createDirectories(out.getParent());
        Path partial = Files.createTempFile(out.getParent(), out.getFileName().toString(), ".partial");
        try {
            try (OutputStream stream = Files.newOutputStream(partial)) {
                writer.write(stream);
            }
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static Path local(String path) {
        return path.startsWith("file://") ? Path.of(java.net.URI.create(path)) : Path.of(path);
    }
}
