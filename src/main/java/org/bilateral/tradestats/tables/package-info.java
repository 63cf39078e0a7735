/** The statistics as tables to take away: CSV and XLSX, the same from the web page and the command line. */
@org.jspecify.annotations.NullMarked
package org.bilateral.tradestats.tables;
