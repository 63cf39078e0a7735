package org.bilateral.briefs;

import org.bilateral.shared.CountryCode;

/** The two countries of a brief, in no order: a deal or an ask is the pair's whichever side it starts from. */
record Pair(CountryCode x, CountryCode y) {

    static Pair of(CountryCode a, CountryCode b) {
        return a.compareTo(b) <= 0 ? new Pair(a, b) : new Pair(b, a);
    }

    static Pair of(BriefRequest r) {
        return of(r.a(), r.b());
    }
}
