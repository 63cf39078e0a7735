package org.bilateral.tradestats.importing;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.bilateral.reference.HsRevisions;
import org.bilateral.shared.CountryCode;
import org.jspecify.annotations.Nullable;

/**
 * Carries the codes of figures reported in an older HS edition to HS 2022 on their way into the database: a subheading
 * (and the national lines under it) whose trade the correlation tables send whole to one HS 2022 subheading is stored
 * under that subheading, the reported code kept beside it; a split subheading keeps its code. Chapters and headings are
 * kept as reported: the tables correlate subheadings. What was renumbered or found split is noted for the screens.
 */
final class RevisionCarrier implements FigureSink {

    /** One older subheading of a reporter's statistics with a partner in a year: renumbered (to the code) or split (null). */
    record Noted(CountryCode reporter, CountryCode partner, int year, int revision, String reportedCode, @Nullable String hs2022Code) {
    }

    private final HsRevisions revisions;
    private final FigureSink next;
    private final Map<Long, HsRevisions.Carried> carried = new HashMap<>();
    private final Set<Noted> noted = new LinkedHashSet<>();

    RevisionCarrier(HsRevisions revisions, FigureSink next) {
        this.revisions = revisions;
        this.next = next;
    }

    @Override
    public void accept(Figure f) {
        if (f.hsRevision() >= HsRevisions.CURRENT || f.hsLevel() < 6) {
            next.accept(f);
            return;
        }
        String subheading = f.hsCode().substring(0, 6);
        // Looked up once per edition and subheading: a file repeats the same few thousand codes month after month.
        HsRevisions.Carried c = carried.computeIfAbsent(f.hsRevision() * 1_000_000L + Long.parseLong(subheading),
                k -> revisions.carry(f.hsRevision(), subheading));
        switch (c.fate()) {
            case RENUMBERED -> {
                noted.add(new Noted(f.reporter(), f.partner(), f.period().getYear(), f.hsRevision(), subheading, c.shownAs()));
                next.accept(f.carriedTo(c.shownAs() + f.hsCode().substring(6)));
            }
            case SPLIT -> {
                noted.add(new Noted(f.reporter(), f.partner(), f.period().getYear(), f.hsRevision(), subheading, null));
                next.accept(f);
            }
            default -> next.accept(f);
        }
    }

    Set<Noted> noted() {
        return noted;
    }
}
