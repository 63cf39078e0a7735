/** {@code bilateral bench-brief}: the time each format of a brief takes, and the memory. */
@org.jspecify.annotations.NullMarked
package org.bilateral.briefs.bench;
