package org.bilateral.tradestats.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Tells how far into a file reading has come, for the progress bar. */
final class CountingInputStream extends FilterInputStream {

    private final LongConsumer position;
    private long count;

    CountingInputStream(InputStream in, LongConsumer position) {
        super(in);
        this.position = position;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            position.accept(++count);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count += n;
            position.accept(count);
        }
        return n;
    }
}
