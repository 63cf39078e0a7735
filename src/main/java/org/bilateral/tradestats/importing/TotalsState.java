package org.bilateral.tradestats.importing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.bilateral.shared.Unavailable;
import org.bilateral.shared.Said;
import org.springframework.stereotype.Component;
import org.jspecify.annotations.Nullable;

/**
 * Whether the statistics totals are whole. After the database stopped uncleanly they are rebuilt from the figures,
 * which takes minutes on millions of rows; meanwhile every statistics query and import is refused with the reason,
 * never answered from half-built totals.
 */
@Component
public class TotalsState {

    private volatile @Nullable Instant rebuildingSince;

    void rebuilding(Instant since) {
        rebuildingSince = since;
    }

    void whole() {
        rebuildingSince = null;
    }

    public boolean isWhole() {
        return rebuildingSince == null;
    }

    /** Refuses when the totals are being rebuilt. */
    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    public void requireWhole() {
        Instant since = rebuildingSince;
        if (since != null) {
            throw new Unavailable(Said.of("refusal.tradestats.rebuilding",
                    UTC_TIME.format(since)));
        }
    }
}
