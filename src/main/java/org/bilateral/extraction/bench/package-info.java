/** Measures the reader's throughput and memory on generated press releases of realistic length. */
package org.bilateral.extraction.bench;
