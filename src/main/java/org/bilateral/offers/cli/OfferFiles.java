package org.bilateral.offers.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import org.bilateral.shared.TextFiles;

/** An offer file's text: strict UTF-8, held to the size an offer file may have before a byte more is read. */
final class OfferFiles {

    /** As the reader's own limit: 256 KB of characters is at most 1 MB of UTF-8. */
    private static final int LARGEST = 1024 * 1024;

    private OfferFiles() {
    }

    static String text(Path file) throws IOException {
        if (Files.size(file) > LARGEST) {
            throw new InvalidInput(file.getFileName().toString(), Said.of("refusal.offers.fileTooLarge", LARGEST));
        }
        byte[] bytes = TextFiles.withoutBom(Files.readAllBytes(file));
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InvalidInput(file.getFileName().toString(), Said.of("refusal.offers.notUtf8"));
        }
    }
}
