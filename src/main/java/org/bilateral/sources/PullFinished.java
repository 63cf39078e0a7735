package org.bilateral.sources;

/**
 * A pull ended and stored what it found, published by {@link SourcePulls} so that what depends on fresh records (the
 * alerts) looks at once instead of waiting for its schedule.
 *
 * @param sourceId the source pulled
 * @param report   what it did
 */
public record PullFinished(String sourceId, PullReport report) {
}
