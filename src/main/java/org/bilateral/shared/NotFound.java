package org.bilateral.shared;

/**
 * A record that does not exist, or that the asker may not see: the two are answered alike, so that nobody learns
 * about records outside their scope by probing numbers.
 */
public class NotFound extends RuntimeException {

    public NotFound(String what) {
        super("there is no " + what);
    }
}
