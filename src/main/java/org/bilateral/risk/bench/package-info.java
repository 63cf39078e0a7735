/** Benchmark of the transshipment screen on the benchmark database's millions of figures. */
package org.bilateral.risk.bench;
