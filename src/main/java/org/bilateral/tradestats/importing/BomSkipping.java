package org.bilateral.tradestats.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Spreadsheet programs save CSV with a UTF-8 byte-order mark, which would otherwise glue itself to the first column name. */
final class BomSkipping {

    private BomSkipping() {
    }

    /** The text of a file that must be UTF-8: a byte sequence that is not stops the read, never becomes U+FFFD. */
    static Reader utf8(InputStream in) throws IOException {
        return new InputStreamReader(skip(in), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    static InputStream skip(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        buffered.mark(3);
        byte[] head = buffered.readNBytes(3);
        if (!(head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF)) {
            buffered.reset();
        }
        return buffered;
    }
}
