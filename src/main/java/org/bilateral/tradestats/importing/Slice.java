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
}
