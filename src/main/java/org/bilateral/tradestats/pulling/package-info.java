/**
 * Statistics pulled from the sources' APIs by themselves (UN Comtrade's data API): each answer is written under the
 * home and brought in through the same importer as a downloaded file, so a pull is an import like any other.
 */
@org.jspecify.annotations.NullMarked
package org.bilateral.tradestats.pulling;
