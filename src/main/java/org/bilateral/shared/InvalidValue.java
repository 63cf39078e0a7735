package org.bilateral.shared;

/**
 * A value a parser refuses (an HS code, a period, a country code), said by key so that {@link InvalidInput#field}
 * refuses it in the user's language; an IllegalArgumentException, as every parser's refusal is.
 */
public class InvalidValue extends IllegalArgumentException {

    private final Said said;

    public InvalidValue(Said said) {
        super(said.english());
        this.said = said;
    }

    public InvalidValue(String key, Object... arguments) {
        this(Said.of(key, arguments));
    }

    public Said said() {
        return said;
    }

    /** What a parser's refusal says: by key when it is one of ours, else its own words as written. */
    public static Said said(RuntimeException e) {
        return e instanceof InvalidValue v ? v.said : Said.asWritten(String.valueOf(e.getMessage()));
    }
}
