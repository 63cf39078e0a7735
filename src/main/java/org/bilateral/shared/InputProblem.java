package org.bilateral.shared;

import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with a user's input, located precisely enough to fix it.
 *
 * @param source   file name (or form) the input came from
 * @param location "line 12", "record 7", "sheet Deals, row 4": whatever the format counts in
 * @param field    the column or field at fault, or null when the whole record is
 * @param message  what is wrong, in the user's terms
 */
public record InputProblem(String source, @Nullable String location, @Nullable String field, String message) {

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(source);
        if (location != null) {
            s.append(", ").append(location);
        }
        if (field != null) {
            s.append(", field ").append(field);
        }
        return s.append(": ").append(message).toString();
    }
}
