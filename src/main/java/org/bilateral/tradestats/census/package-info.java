/**
 * The US Census Bureau's International Trade API as the statistics module asks it: the requests (which variables, which
 * month, which partner, split by wildcards where an answer would be too large), the answers checked as the API writes
 * them before anything is stored, and the state-level answers read into figures of their own.
 */
@org.jspecify.annotations.NullMarked
package org.bilateral.tradestats.census;
