/**
 * Trade statistics: both partners' figures by HS product and period, imported from the files users
 * download, and the bilateral balance and mirror comparison read from them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Trade statistics")
@org.jspecify.annotations.NullMarked
package org.bilateral.tradestats;
