package org.bilateral.shared;

import java.util.Arrays;
import java.util.List;

/**
 * What a module lets the workbench's search box find among its records: each module answers for its own (the register
 * for people, organisations and engagements; the deal register for deals; the reader for press releases; policy for
 * asks), and the search page asks every one without depending on any.
 */
public interface Findable {

    /** What a found record is, in the order the search page lists them. */
    enum Kind { PERSON, ORGANISATION, ENGAGEMENT, DEAL, PRESS_RELEASE, ASK, LEGISLATOR, US_STATE, TARIFF_LINE }

    /** A record found: what it is, its name, a line about it, and its page. */
    record Found(Kind kind, String label, String detail, String href) {
    }

    /**
     * What was typed, as words that must all appear, in any order, with or without diacritics and case: "nguyen hong
     * dien" finds Nguyễn Hồng Diên, "boeing 737" finds a deal for 737 aircraft from Boeing.
     */
    record Query(String text) {

        public static final int LONGEST = 200;

        public Query {
            text = text == null ? "" : text.strip();
            if (text.length() > LONGEST) {
                throw new InvalidInput("search", Said.of("refusal.shared.searchTooLong", String.valueOf(text.length()), String.valueOf(LONGEST)));
            }
        }

        /** Nothing to look for: fewer than two letters or digits. */
        public boolean blank() {
            return NameKey.of(text).length() < 2;
        }

        /** Each word as its {@link NameKey}: no diacritics, case or punctuation. */
        public List<String> words() {
            return Arrays.stream(text.split("\\s+")).map(NameKey::of).filter(w -> !w.isEmpty()).toList();
        }

        /** Whether every word appears in one of these texts taken together. */
        public boolean matches(String... texts) {
            String haystack = NameKey.of(String.join(" ", Arrays.stream(texts).map(t -> t == null ? "" : t).toList()));
            return !blank() && words().stream().allMatch(haystack::contains);
        }
    }

    /** The records of this module the query matches, at most {@code limit} of them, the likeliest first. */
    List<Found> find(Query query, int limit);
}
