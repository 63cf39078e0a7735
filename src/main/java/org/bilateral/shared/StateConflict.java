package org.bilateral.shared;

/**
 * A request that was sound when it was made but that the record no longer allows, because someone else decided first:
 * a merge proposal confirmed or rejected already, a record merged into another. Nothing was stored; the message says
 * what was decided, so that the asker can look again (HTTP 409 Conflict, not 400: the request itself was not wrong).
 */
public class StateConflict extends InvalidInput {

    public StateConflict(Said where, Said message) {
        super(where, message);
    }

    public StateConflict(String source, Said message) {
        super(source, message);
    }

    /** Words that are not Bilateral's own, passed on as written; a sentence of ours takes a key. */
    public StateConflict(String source, String message) {
        super(source, message);
    }
}
