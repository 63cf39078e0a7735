package org.bilateral.tradestats;

import java.time.Instant;

/** An import that figures on screen come from: which dataset, which file, when and by whom. */
public record Source(long importId, String dataset, String fileName, String sha256, Instant importedAt,
                     String importedBy, long figures, boolean synthetic) {
}
