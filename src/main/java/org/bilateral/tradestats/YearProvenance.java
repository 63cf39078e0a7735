package org.bilateral.tradestats;

/**
 * Which imports hold a year of one reporter's statistics about a partner, and whether any is synthetic.
 *
 * @param datasets "US statistics: Census #3, Comtrade #5", as a balance row names its sources
 */
record YearProvenance(String datasets, boolean synthetic) {

    static final YearProvenance NONE = new YearProvenance("", false);
}
