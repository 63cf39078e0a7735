package org.bilateral.tradestats.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.bilateral.reference.CountryDirectory;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.stereotype.Component;

/**
 * What the database alone costs for a set of statistics files: the same rows, formatted beforehand as the importer
 * formats them (binary COPY), written by one bare COPY into a temporary table like trade_figure without its index,
 * then dropped. The benchmark sets an import's time against it; nothing else uses it.
 */
@Component
public class CopyBaseline {

    private final DataSource dataSource;
    private final CountryDirectory countries;

    CopyBaseline(DataSource dataSource, CountryDirectory countries) {
        this.dataSource = dataSource;
        this.countries = countries;
    }

    /**
     * Seconds spent in COPY alone for the rows of the files (Census JSON), how many rows, and the seconds the importer's
     * reader took to read, check and format them with no database at all.
     */
    public record Timing(double seconds, long rows, double readSeconds) {
    }

    public Timing time(List<Path> files) throws IOException, SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("create temp table bare_copy (like trade_figure) on commit drop");
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            long nanos = 0;
            long reading = 0;
            long rows = 0;
            for (Path file : files) {
                BinaryCopy rowsOfFile = new BinaryCopy();
                long[] count = {0};
                long read = System.nanoTime();
                try (InputStream in = Files.newInputStream(file)) {
                    new CensusJsonReader(countries).read(in, new ReadContext(file.getFileName().toString()), f -> {
                        FigureCopy.row(rowsOfFile, 0, Slice.of(f).key(), f);
                        count[0]++;
                    });
                }
                rowsOfFile.end();
                byte[] bytes = rowsOfFile.take();
                reading += System.nanoTime() - read;
                long start = System.nanoTime();
                var in = copy.copyIn("copy bare_copy " + FigureCopy.COLUMNS + " from stdin with (format binary)");
                in.writeToCopy(bytes, 0, bytes.length);
                in.endCopy();
                nanos += System.nanoTime() - start;
                rows += count[0];
            }
            connection.rollback();
            return new Timing(nanos / 1e9, rows, reading / 1e9);
        }
    }
}
