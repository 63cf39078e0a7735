package org.bilateral.tradestats.web;

import org.bilateral.shared.InvalidInput;
import org.bilateral.reference.CountryDirectory;
import org.bilateral.shared.Granularity;
import org.bilateral.shared.HsLevel;
import org.bilateral.shared.Limits;
import org.bilateral.shared.Said;
import org.bilateral.tradestats.BalancePivot;
import org.bilateral.tradestats.BalanceRequest;
import org.bilateral.tradestats.MirrorRequest;

/** What the balance and mirror pages ask for, as the browser sends it. */
record BalanceForm(String reporter, String partner, String by, String level, Integer from, Integer to, Integer year,
                   Integer top, String measure, String rows) {

    BalanceForm {
        reporter = reporter == null || reporter.isBlank() ? "US" : reporter;
        partner = partner == null || partner.isBlank() ? "VN" : partner;
        by = by == null || by.isBlank() ? "year" : by;
        level = level == null || level.isBlank() ? "total" : level;
    }

    BalanceRequest balance(CountryDirectory countries) {
        Granularity period = InvalidInput.field("by", () -> Granularity.parse(by));
        HsLevel at = InvalidInput.field("level", () -> HsLevel.parse(level));
        return InvalidInput.field("balance", () -> new BalanceRequest(countries.require(reporter).code(),
                countries.require(partner).code(), period, at, from, to, top == null ? 0 : top));
    }

    /** What a pivot's cells show: the balance unless the form asks for exports or imports. */
    BalancePivot.Measure pivotMeasure() {
        return InvalidInput.field("measure", () -> BalancePivot.Measure.of(measure));
    }

    /** Whether the pivot has a row a product and a column a period; else a row a period, as by default. */
    boolean productsAsRows() {
        if (rows == null || rows.isBlank() || rows.strip().equals("periods")) {
            return false;
        }
        if (rows.strip().equals("products")) {
            return true;
        }
        throw new InvalidInput("rows", Said.of("refusal.tradestats.notRows", Limits.shown(rows)));
    }

    MirrorRequest mirror(CountryDirectory countries, int defaultYear) {
        HsLevel at = InvalidInput.field("level", () -> HsLevel.parse(level));
        return InvalidInput.field("mirror", () -> new MirrorRequest(countries.require(reporter).code(),
                countries.require(partner).code(), year == null ? defaultYear : year, at, top == null ? 0 : top));
    }
}
