package org.bilateral.tradestats;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What an import did.
 *
 * @param alreadyImportedAt set when the same file (by checksum) was imported before and nothing changed
 * @param skipped           rows deliberately left out, by reason (country groups, areas that are not countries)
 * @param revisions         what became of codes reported in an older HS edition, one line per edition; empty for HS 2022
 */
public record ImportReport(long importId, String fileName, String format, String dataset, long figures, long replaced,
                           Map<String, Integer> skipped, boolean synthetic, @Nullable Instant alreadyImportedAt, List<String> revisions) {

    public ImportReport {
        revisions = revisions == null ? List.of() : List.copyOf(revisions);
    }

    public boolean alreadyImported() {
        return alreadyImportedAt != null;
    }

    /** One line for a person: what was stored, what it replaced, what was left out. */
    public String describe() {
        if (alreadyImported()) {
            return fileName + ": already imported as #" + importId + " on " + alreadyImportedAt + "; nothing changed";
        }
        StringBuilder s = new StringBuilder();
        s.append(fileName).append(": ").append(String.format("%,d", figures)).append(' ')
                .append(figures == 1 ? "figure" : "figures").append(" from ").append(format)
                .append(" stored as import #").append(importId);
        if (replaced > 0) {
            s.append(", replacing ").append(String.format("%,d", replaced)).append(" earlier figures (kept in history)");
        }
        if (synthetic) {
            s.append(" [SYNTHETIC demonstration data]");
        }
        revisions.forEach(r -> s.append("\n  ").append(r));
        skipped.forEach((reason, count) -> s.append("\n  skipped ").append(String.format("%,d", count))
                .append(" rows: ").append(reason));
        return s.toString();
    }
}
