package org.bilateral.shared;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with a user's input, located precisely enough to fix it, said by key so that each user reads it in
 * their language ({@link #said()}); {@link #location()}, {@link #message()} and {@link #toString()} give the English.
 *
 * @param source file name (or form, or field) the input came from, shown as given
 * @param at     "line 12", "record 7", "sheet Deals, row 4" ({@link #line}, {@link #record}, {@link #sheetRow}):
 *               whatever the format counts in
 * @param field  the column or field at fault as the file or form writes it, or null when the whole record is
 * @param what   what is wrong, in the user's terms
 */
public record InputProblem(String source, @JsonIgnore @Nullable Said at, @Nullable String field, @JsonIgnore Said what,
                           @JsonIgnore @Nullable Said sourceSaid) {

    public InputProblem(String source, @Nullable Said at, @Nullable String field, Said what) {
        this(source, at, field, what, null);
    }

    /** A problem whose source is words of ours ("3 files"): {@link #source()} is their English, {@link #said()} says them. */
    public static InputProblem from(Said source, @Nullable Said at, @Nullable String field, Said what) {
        return new InputProblem(source.english(), at, field, what, source);
    }

    /** Words that are not Bilateral's own (another program's, a parser's): passed on as written. */
    public InputProblem(String source, @Nullable String location, @Nullable String field, String message) {
        this(source, location == null ? null : Said.asWritten(location), field, Said.asWritten(message));
    }

    /**
     * A problem of no file or field, whose source is said in words of ours ("the upload: …", "request body: …"): the key
     * says the whole sentence, source included.
     */
    public static InputProblem whole(Said what) {
        return new InputProblem("", null, null, what);
    }

    /** A spreadsheet's column as a problem's field, "column B (Period)": said "cột B (Period)" in Vietnamese. */
    public static String column(String letter, @Nullable String heading) {
        return COLUMN + letter + (heading == null ? "" : " (" + heading + ")");
    }

    private static final String COLUMN = "column ";

    public static Said line(long number) {
        return Said.of("refusal.where.line", String.valueOf(number));
    }

    public static Said record(long number) {
        return Said.of("refusal.where.record", String.valueOf(number));
    }

    public static Said sheetRow(String sheet, long row) {
        return Said.of("refusal.where.sheetRow", sheet, String.valueOf(row));
    }

    /** Where, in English. */
    @JsonProperty
    public @Nullable String location() {
        return at == null ? null : at.english();
    }

    /** What is wrong, in English. */
    @JsonProperty
    public String message() {
        return what.english();
    }

    /** The whole problem, "deals.csv, line 12, field quantity: is not a number", in no language yet. */
    public Said said() {
        if (source.isEmpty() && at == null && field == null) {
            return what;
        }
        // a problem of no file ("target soy: …") starts at its location
        Said place = sourceSaid != null ? sourceSaid : source.isEmpty() && at != null ? at : Said.asWritten(source);
        if (at != null && place != at) {
            place = Said.of("refusal.where.then", place, at);
        }
        if (field != null) {
            place = Said.of("refusal.where.then", place, field.startsWith(COLUMN) ? Said.of("refusal.where.column", field.substring(COLUMN.length()))
                    : Said.of("refusal.where.field", field));
        }
        return Said.of("refusal.problem", place, what);
    }

    /** Two problems are one when they say the same: a key's English and the same words passed on as written are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof InputProblem p && source.equals(p.source) && java.util.Objects.equals(location(), p.location())
                && java.util.Objects.equals(field, p.field) && message().equals(p.message());
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(source, location(), field, message());
    }

    @Override
    public String toString() {
        return said().english();
    }
}
