/** Benchmark of the transshipment screen on the benchmark database's millions of figures. */
@org.jspecify.annotations.NullMarked
package org.bilateral.risk.bench;
