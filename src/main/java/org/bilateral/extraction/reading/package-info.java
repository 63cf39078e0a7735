/**
 * The rules that read one press release: text cleaning, dates, names and titles, events, purchases and issues.
 * Plain Java, no Spring, so that the benchmark and the tests measure the rules alone.
 */
package org.bilateral.extraction.reading;
