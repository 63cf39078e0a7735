/** {@code bilateral bench-brief}: the time each format of a brief takes, and the memory. */
package org.bilateral.briefs.bench;
