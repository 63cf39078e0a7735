package org.bilateral.tradestats.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Spreadsheet programs save CSV with a UTF-8 byte-order mark, which would otherwise glue itself to the first column name. */
final class BomSkipping {

    private BomSkipping() {
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
