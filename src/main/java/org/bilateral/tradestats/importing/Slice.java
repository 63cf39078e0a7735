package org.bilateral.tradestats.importing;

import java.time.YearMonth;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;

/**
 * What a revised file replaces as a unit: one reporter's figures for one partner, flow, period and HS
 * level. A file with January–March HS6 imports replaces exactly those, and leaves April, other levels
 * and other partners alone.
 */
public record Slice(CountryCode reporter, CountryCode partner, Flow flow, boolean annual, YearMonth period, int hsLevel) {

    static Slice of(Figure f) {
        return new Slice(f.reporter(), f.partner(), f.flow(), f.annual(), f.period(), f.hsLevel());
    }

    /** Whether the figure is of this slice: asked of every line, so without building a slice to compare. */
    boolean holds(Figure f) {
        return annual == f.annual() && hsLevel == f.hsLevel() && flow == f.flow() && period.equals(f.period())
                && partner.equals(f.partner()) && reporter.equals(f.reporter());
    }

    /** The slice packed into one number, as the database's figure_slice_key() packs it (migration V13). */
    long key() {
        return key(reporter, partner, flow, annual, period, hsLevel);
    }

    static long key(CountryCode reporter, CountryCode partner, Flow flow, boolean annual, YearMonth period, int hsLevel) {
        int flowBits = switch (flow) {
            case EXPORT -> 0;
            case IMPORT -> 1;
            case RE_EXPORT -> 2;
            case RE_IMPORT -> 3;
        };
        return (long) country(reporter) << 42 | (long) country(partner) << 32 | (long) flowBits << 30
                | (annual ? 1L : 0L) << 29 | (long) (period.getYear() * 12 + period.getMonthValue() - 1) << 8 | hsLevel;
    }

    private static int country(CountryCode code) {
        return (code.value().charAt(0) - 'A') * 26 + code.value().charAt(1) - 'A';
    }
}
