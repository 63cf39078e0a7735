package org.bilateral.worldjob.screen;

/** A screen refused for what it was asked or what the store holds, said in words (exit code 2). */
public final class Refused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public Refused(String message) {
        super(message);
    }
}
