/** The command-line doors onto trade statistics: import, balance, mirror, products, demo data and the benchmark. */
@org.jspecify.annotations.NullMarked
package org.bilateral.tradestats.cli;
