package org.bilateral.reference;

/** Reference data was (re)loaded; whoever caches it refreshes. */
public record ReferenceDataLoaded(String location, int countries, int hsCodes, int sectors) {
}
