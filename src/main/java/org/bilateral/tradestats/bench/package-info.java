/** Benchmarks of the statistics: generate Census files of millions of rows, import them, time the queries. */
@org.jspecify.annotations.NullMarked
package org.bilateral.tradestats.bench;
