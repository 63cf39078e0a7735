package org.bilateral.tradestats.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The statistics formats Bilateral reads, recognised from a file's content rather than its name. */
public enum FileFormat {
    CENSUS_JSON("US Census International Trade API JSON"),
    COMTRADE_CSV("UN Comtrade CSV"),
    COMTRADE_JSON("UN Comtrade JSON"),
    PUBLISHED_FIGURES("published headline figures CSV");

    private final String label;

    FileFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Sniffs the first few kilobytes; null when the content is none of the known formats. */
    public static FileFormat detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8192);
        }
        String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "");
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("[")) {
            String rest = trimmed.substring(1).stripLeading();
            if (rest.startsWith("[")) {
                return text.contains("I_COMMODITY") || text.contains("E_COMMODITY") ? CENSUS_JSON : null;
            }
            return rest.startsWith("{") && text.contains("reporter") ? COMTRADE_JSON : null;
        }
        if (trimmed.startsWith("{")) {
            return text.contains("reporterCode") || text.contains("reporterISO") || text.contains("\"data\"")
                    ? COMTRADE_JSON : null;
        }
        String header = trimmed.lines().findFirst().orElse("");
        if (header.contains("reporterCode") || header.contains("reporterISO")) {
            return COMTRADE_CSV;
        }
        if (header.startsWith("period,") && header.contains("reporter") && header.contains("value_usd")) {
            return PUBLISHED_FIGURES;
        }
        return null;
    }
}
