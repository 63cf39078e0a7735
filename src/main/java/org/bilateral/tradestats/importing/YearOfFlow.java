package org.bilateral.tradestats.importing;

/** One reporter's statistics of one flow with one partner in one year: the unit totals are rebuilt in. */
record YearOfFlow(String reporter, String partner, String flow, int year) {

    static YearOfFlow of(Slice s) {
        return new YearOfFlow(s.reporter().value(), s.partner().value(), s.flow().code(), s.period().getYear());
    }
}
