package org.bilateral.tradestats;

import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Import one statistics file.
 *
 * @param file     where the bytes are
 * @param fileName the name the user knows the file by (an upload's original name)
 * @param actor    who imports it, kept with every figure's provenance
 */
public record ImportFile(Path file, String fileName, String actor) {

    public ImportFile {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new InvalidInput(String.valueOf(file.getFileName()), Said.of("refusal.tradestats.cannotRead", String.valueOf(file)));
        }
        if (fileName == null || fileName.isBlank()) {
            fileName = file.getFileName().toString();
        }
        if (actor == null || actor.isBlank()) {
            throw new InvalidInput("actor", Said.of("refusal.tradestats.noActor"));
        }
    }

    public static ImportFile of(Path file, String actor) {
        return new ImportFile(file, file.getFileName().toString(), actor);
    }
}
