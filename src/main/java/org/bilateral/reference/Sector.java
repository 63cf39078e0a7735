package org.bilateral.reference;

import java.util.List;
import java.util.Optional;

/** A named group of products a negotiator talks about ("aircraft and parts"), defined by HS code prefixes. */
public record Sector(String id, String name, String description, List<String> prefixes) {

    public static final String OTHER = "other";

    /** The start of the id under which trade no sector can claim is counted (see {@link #notAllocated}). */
    public static final String NOT_ALLOCATED = "not-allocated-";

    /**
     * The id under which a code's trade held no finer than the code itself is counted when sector codes split the code
     * (chapter 94 held only at HS2, while furniture is 9401 to 9404): its own line, never dropped and never guessed into
     * a sector. The code is empty for trade held with no product at all.
     */
    public static String notAllocated(String code) {
        return NOT_ALLOCATED + code;
    }

    /** The code of a not-allocated line's id ("94" of "not-allocated-94"); empty for a sector's id. */
    public static Optional<String> notAllocatedCode(String id) {
        return id.startsWith(NOT_ALLOCATED) ? Optional.of(id.substring(NOT_ALLOCATED.length())) : Optional.empty();
    }
}
