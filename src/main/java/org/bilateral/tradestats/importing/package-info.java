/** Reading statistics files (US Census API JSON, UN Comtrade CSV and JSON, published figures) and storing them atomically. */
@org.jspecify.annotations.NullMarked
package org.bilateral.tradestats.importing;
