package org.bilateral.worldjob.store;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * A bulk file's lines, one at a time, each held to {@link #LONGEST} characters: a line beyond it is marked too long and the
 * rest of it read past without being kept, so that a file without line breaks cannot fill the memory. Lines end at LF or
 * CRLF.
 */
final class BulkLines {

    /** The longest line kept: a FINAL bulk line is a few hundred characters; 64 KiB is far beyond any of them. */
    static final int LONGEST = 65_536;

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int end;
    private char[] line = new char[2048];
    private int length;
    private boolean tooLong;
    private long number;

    BulkLines(Reader in) {
        this.in = in;
    }

    /** Reads the next line; false at the end of the file. */
    boolean next() throws IOException {
        length = 0;
        tooLong = false;
        boolean any = false;
        while (true) {
            if (position == end) {
                int read = in.read(buffer, 0, buffer.length);
                position = 0;
                end = Math.max(read, 0);
                if (read <= 0) {
                    if (!any) {
                        return false;
                    }
                    break;
                }
            }
            any = true;
            int start = position;
            while (position < end && buffer[position] != '\n') {
                position++;
            }
            append(start, position - start);
            if (position < end) {
                position++; // past the '\n'
                break;
            }
        }
        if (!tooLong && length > 0 && line[length - 1] == '\r') {
            length--;
        }
        number++;
        return true;
    }

    private void append(int start, int count) {
        if (tooLong || count == 0) {
            return;
        }
        int kept = Math.min(count, LONGEST - length);
        if (length + kept > line.length) {
            line = Arrays.copyOf(line, Math.min(LONGEST, Math.max(line.length * 2, length + kept)));
        }
        System.arraycopy(buffer, start, line, length, kept);
        length += kept;
        if (kept < count) {
            tooLong = true;
        }
    }

    char[] chars() {
        return line;
    }

    int length() {
        return length;
    }

    /** Whether the line ran past {@link #LONGEST}; {@link #chars()} then holds its first {@link #LONGEST} characters. */
    boolean tooLong() {
        return tooLong;
    }

    /** The line's number, 1 for the header. */
    long number() {
        return number;
    }
}
