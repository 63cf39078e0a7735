package org.bilateral.tradestats.importing;

import org.jspecify.annotations.Nullable;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/** The statistics formats Bilateral reads, recognised from a file's content rather than its name. */
public enum FileFormat {
    CENSUS_JSON("US Census International Trade API JSON"),
    CENSUS_STATE_JSON("US Census International Trade API JSON by state (statehs)"),
    COMTRADE_CSV("UN Comtrade CSV"),
    COMTRADE_BULK("UN Comtrade bulk file (tab-separated)"),
    COMTRADE_JSON("UN Comtrade JSON"),
    PUBLISHED_FIGURES("published headline figures CSV");

    private final String label;

    FileFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The file's content: gunzipped when it starts with gzip's magic bytes (Comtrade bulk files come as .txt.gz, and
     * their client saves them as .gz), as it is otherwise. Recognised by content, not name, like the formats themselves.
     */
    static InputStream open(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        if (first != 0x1f || second != 0x8b) {
            return in;
        }
        long[] packed = new long[1];
        InputStream unpacked = new GZIPInputStream(new CountingInputStream(in, n -> packed[0] = n), 1 << 16);
        return new BufferedInputStream(new FilterInputStream(unpacked) {
            private long count;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                count += Math.max(n, 0);
                if (count > MOST_UNPACKED_PER_PACKED * packed[0] + (1 << 20)) {
                    throw new IOException("unpacks to more than " + MOST_UNPACKED_PER_PACKED
                            + " times its packed size, which no statistics file does: refused before it is read further");
                }
                return n;
            }
        }, 1 << 16);
    }

    /**
     * A gzip'd statistics file unpacks to about ten times its size (repeated codes and names); a file unpacking to a
     * hundred times more is a bomb, refused within its first megabytes rather than read for hours.
     */
    static final int MOST_UNPACKED_PER_PACKED = 100;

    /** Sniffs the first few kilobytes (after gunzipping); null when the content is none of the known formats. */
    public static @Nullable FileFormat detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = open(Files.newInputStream(file))) {
            head = in.readNBytes(8192);
        }
        String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "");
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("[")) {
            String rest = trimmed.substring(1).stripLeading();
            if (rest.startsWith("[")) {
                if (!text.contains("I_COMMODITY") && !text.contains("E_COMMODITY")) {
                    return null;
                }
                // The state answers are the only Census answers whose header names the state: figures by state, not the
                // national ones (a header is never longer than the first kilobytes read).
                int headerEnd = rest.indexOf(']');
                return headerEnd > 0 && rest.substring(0, headerEnd).contains("\"STATE\"") ? CENSUS_STATE_JSON : CENSUS_JSON;
            }
            return rest.startsWith("{") && text.contains("reporter") ? COMTRADE_JSON : null;
        }
        if (trimmed.startsWith("{")) {
            return text.contains("reporterCode") || text.contains("reporterISO") || text.contains("\"data\"")
                    ? COMTRADE_JSON : null;
        }
        String header = trimmed.lines().findFirst().orElse("");
        // Bulk files spell some headers differently from the API ("CIFValue", "isnetWgtEstimated"): names are compared
        // without case, and the delimiter is the one the header line uses.
        String names = header.toLowerCase(Locale.ROOT);
        if (names.contains("reportercode") || names.contains("reporteriso")) {
            return header.indexOf('\t') >= 0 ? COMTRADE_BULK : COMTRADE_CSV;
        }
        if (header.startsWith("period,") && header.contains("reporter") && header.contains("value_usd")) {
            return PUBLISHED_FIGURES;
        }
        return null;
    }
}
