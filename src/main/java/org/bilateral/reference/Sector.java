package org.bilateral.reference;

import java.util.List;

/** A named group of products a negotiator talks about ("aircraft and parts"), defined by HS code prefixes. */
public record Sector(String id, String name, String description, List<String> prefixes) {

    public static final String OTHER = "other";
}
