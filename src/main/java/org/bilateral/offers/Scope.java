package org.bilateral.offers;

import java.util.Locale;

/**
 * What a part of an offer covers: the HS codes it lists, or every line of a WTO scope (agricultural: the Agreement on
 * Agriculture's Annex 1; industrial: every other line, NAMA), as {@code tariffs.ProductScope} draws the border.
 */
public enum Scope {
    CODES, AGRICULTURAL, INDUSTRIAL;

    /** As an offer file writes it: {@code codes}, {@code agricultural}, {@code industrial}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The scope an offer file names, or null when it names none of them. */
    public static @org.jspecify.annotations.Nullable Scope parse(String text) {
        for (Scope s : values()) {
            if (s.code().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        return null;
    }
}
