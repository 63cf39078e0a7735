package org.bilateral.doors;

import jakarta.annotation.PreDestroy;
import jakarta.servlet.MultipartConfigElement;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.MultipartFile;

/**
 * Where uploaded files wait while they are read: one folder per running process under BILATERAL_HOME/uploads, for the
 * servlet container's parts and the copies the use cases read. Each upload's file is removed when it has been read,
 * whatever happened; the folders of processes that no longer run (a server killed mid-upload) are removed at the next
 * start, so nothing piles up.
 */
public class Uploads {

    private static final Logger log = LoggerFactory.getLogger(Uploads.class);

    private final Path folder;

    /** @param home the workbench's home folder (BILATERAL_HOME), under which {@code uploads} is kept */
    public Uploads(Path home) {
        Path root = home.resolve("uploads");
        this.folder = root.resolve(Long.toString(ProcessHandle.current().pid()));
        try {
            Files.createDirectories(folder);
            removeLeftovers(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the upload folder " + folder, e);
        }
    }

    /** The process's folder goes with it; the web server has stopped taking uploads by then. */
    @PreDestroy
    void removeFolder() {
        try {
            removeTree(folder);
        } catch (IOException e) {
            log.warn("could not remove the upload folder {}: {}", folder, e.getMessage());
        }
    }

    /** The folder of this process, where the servlet container writes parts too. */
    public Path folder() {
        return folder;
    }

    /** An uploaded file on disk, removed when closed. */
    public record Upload(Path file, String name) implements AutoCloseable {
        @Override
        public void close() {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("could not remove the upload {}: {}", file, e.getMessage());
            }
        }
    }

    /** Takes an upload onto disk, refusing an empty one, or one larger than {@code largest} bytes, by its name before it is read. */
    public Upload receive(MultipartFile part, long largest) {
        String name = nameOf(part);
        if (part.isEmpty()) {
            throw new InvalidInput(name, Said.of("refusal.doors.fileEmpty"));
        }
        if (part.getSize() > largest) {
            throw tooLarge(name, largest);
        }
        try (InputStream in = part.getInputStream()) {
            return receive(in, name, largest);
        } catch (IOException e) {
            throw new InvalidInput(name, Said.of("refusal.doors.uploadUnread", String.valueOf(e.getMessage())));
        }
    }

    /** Copies a stream onto disk, stopping and refusing it once it passes {@code largest} bytes. */
    public Upload receive(InputStream in, String name, long largest) {
        Path file = null;
        try {
            // Created again if gone: two workbenches of one process (tests) share the folder, and one may have closed.
            file = Files.createTempFile(Files.createDirectories(folder), "upload-", ".tmp");
            long written = 0;
            byte[] buffer = new byte[1 << 16];
            try (OutputStream out = store(file)) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    written += n;
                    if (written > largest) {
                        throw tooLarge(name, largest);
                    }
                    out.write(buffer, 0, n);
                }
            }
            return new Upload(file, name);
        } catch (IOException | RuntimeException e) {
            if (file != null) {
                new Upload(file, name).close();
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            if (diskFull(e)) {
                throw new InvalidInput(name, DISK_FULL);
            }
            throw new InvalidInput(name, Said.of("refusal.doors.uploadUnread", String.valueOf(e.getMessage())));
        }
    }

    /** What an upload the server had no room to keep is told: the disk, not the file or the sender, is at fault. */
    public static final Said DISK_FULL = Said.of("refusal.doors.diskFull");

    /** Whether the failure, or one that caused it, is the operating system saying the disk has no room left (ENOSPC). */
    public static boolean diskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException && t.getMessage() != null && t.getMessage().contains("No space left on device")) {
                return true;
            }
        }
        return false;
    }

    /** Where an upload's bytes are written: a file of the folder (a seam, so that a test can have the disk fill up). */
    OutputStream store(Path file) throws IOException {
        return Files.newOutputStream(file);
    }

    /** The name the user knows an upload by, without any folders a browser sent along. */
    public static String nameOf(MultipartFile part) {
        String original = part.getOriginalFilename();
        if (original == null || original.isBlank()) {
            return "upload";
        }
        if (original.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            // a NUL or another control character names no file a user saved; the database could not keep it either
            throw new InvalidInput(Said.of("refusal.doors.nameWithControl"));
        }
        String name = original.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    private static InvalidInput tooLarge(String name, long largest) {
        return new InvalidInput(name, Said.of("refusal.doors.tooLarge", largest >> 20));
    }

    private static void removeLeftovers(Path root) throws IOException {
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(root)) {
            for (Path dir : processes) {
                String pid = dir.getFileName().toString();
                boolean running = pid.matches("\\d{1,19}") && ProcessHandle.of(Long.parseLong(pid)).isPresent();
                if (!running) {
                    long bytes = removeTree(dir);
                    log.info("Removed {} bytes of uploads left by process {}, which no longer runs", bytes, pid);
                }
            }
        }
    }

    private static long removeTree(Path dir) throws IOException {
        long bytes = 0;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (Files.isRegularFile(p)) {
                    bytes += Files.size(p);
                }
                Files.deleteIfExists(p);
            }
        }
        return bytes;
    }

    /** The servlet container writes multipart bodies into this process's upload folder, so a crash leaves them where the next start looks. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class PartsFolder {
        @Bean
        MultipartConfigElement multipartConfigElement(MultipartProperties properties, Uploads uploads) {
            properties.setLocation(uploads.folder().toString());
            return properties.createMultipartConfig();
        }
    }
}
