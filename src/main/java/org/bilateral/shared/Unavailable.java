package org.bilateral.shared;

/**
 * What cannot be answered right now but will be soon, such as statistics while their totals are rebuilt: said plainly,
 * with when it started, rather than answered wrongly. {@link #said()} for each user's language, the message in English.
 */
public class Unavailable extends RuntimeException {

    private final Said said;

    public Unavailable(Said reason) {
        super(reason.english());
        this.said = reason;
    }

    /** Words that are not Bilateral's own, passed on as written; a sentence of ours takes a key. */
    public Unavailable(String reason) {
        this(Said.asWritten(reason));
    }

    public Said said() {
        return said;
    }
}
