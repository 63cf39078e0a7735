package org.bilateral.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.jspecify.annotations.Nullable;

/**
 * A reference file of CSV opened the one way the loaders read them: strict UTF-8 (a byte that is not is refused, never
 * replaced), a byte-order mark dropped, the first line the header, a column named twice refused.
 */
public final class CsvFiles {

    private CsvFiles() {
    }

    /** The file's parser with its header read, or null with the reason added to {@code problems}. */
    public static @Nullable CSVParser withHeader(byte[] bytes, String fileName, List<InputProblem> problems) {
        Reader in = new InputStreamReader(new ByteArrayInputStream(TextFiles.withoutBom(bytes)),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get();
        try {
            return CSVParser.parse(in, format);
        } catch (IllegalArgumentException e) {
            problems.add(CsvProblems.header(fileName, e));
        } catch (IOException | UncheckedIOException e) {
            problems.add(new InputProblem(fileName, null, null, TextFiles.NOT_UTF8));
        }
        return null;
    }
}
