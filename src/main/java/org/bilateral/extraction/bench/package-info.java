/** Measures the reader's throughput and memory on generated press releases of realistic length. */
@org.jspecify.annotations.NullMarked
package org.bilateral.extraction.bench;
