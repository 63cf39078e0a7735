/** The statistics as tables to take away: CSV and XLSX, the same from the web page and the command line. */
package org.bilateral.tradestats.tables;
