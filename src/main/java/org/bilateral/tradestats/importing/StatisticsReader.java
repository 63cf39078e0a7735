package org.bilateral.tradestats.importing;

import java.io.IOException;
import java.io.InputStream;

/** Reads one file format into figures, validating every record. */
interface StatisticsReader {

    /** The format's name as stored with each import, e.g. "census-json". */
    String format();

    void read(InputStream in, ReadContext context, FigureSink sink) throws IOException;
}
