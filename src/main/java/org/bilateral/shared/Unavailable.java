package org.bilateral.shared;

/**
 * What cannot be answered right now but will be soon, such as statistics while their totals are rebuilt: said plainly,
 * with when it started, rather than answered wrongly.
 */
public class Unavailable extends RuntimeException {

    public Unavailable(String reason) {
        super(reason);
    }
}
