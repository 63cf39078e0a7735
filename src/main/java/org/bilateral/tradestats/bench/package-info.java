/** Benchmarks of the statistics: generate Census files of millions of rows, import them, time the queries. */
package org.bilateral.tradestats.bench;
