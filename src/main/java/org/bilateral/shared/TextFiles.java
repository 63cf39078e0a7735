package org.bilateral.shared;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Text files as every door reads them: UTF-8, strictly, so that a Latin-1 file is refused by its name rather than read
 * with U+FFFD where its accents were; the same words for it wherever it is found.
 */
public final class TextFiles {

    /** What a file that is not UTF-8 is told, by every reader. */
    public static final Said NOT_UTF8 = Said.of("refusal.shared.notUtf8");

    private TextFiles() {
    }

    /** Reads one text file the way its format needs. */
    @FunctionalInterface
    public interface Reading<T> {
        T from(Reader in) throws IOException;
    }

    /** Reads the file as strict UTF-8, after its byte-order mark if it has one; a file that is not, or cannot be read, is refused by its name. */
    public static <T> T read(Path file, String name, Reading<T> reading) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return reading.from(withoutBom(in));
        } catch (CharacterCodingException e) {
            throw notUtf8(name);
        } catch (IOException e) {
            throw new InvalidInput(name, Said.of("refusal.shared.cannotReadFile", String.valueOf(e.getMessage())));
        }
    }

    public static InvalidInput notUtf8(String name) {
        return new InvalidInput(name, NOT_UTF8);
    }

    /**
     * The text after a byte order mark, if it begins with one: spreadsheet programs save CSV "with BOM", which a CSV
     * reader would otherwise glue to the first column's name ("\uFEFFid"), so that the header seems to lack it.
     */
    public static Reader withoutBom(Reader in) throws IOException {
        PushbackReader pushback = new PushbackReader(in, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }

    /** The bytes without a UTF-8 byte order mark, which spreadsheets write and CSV readers would take for text. */
    public static byte[] withoutBom(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return java.util.Arrays.copyOfRange(bytes, 3, bytes.length);
        }
        return bytes;
    }
}
