/** Reading statistics files (US Census API JSON, UN Comtrade CSV and JSON, published figures) and storing them atomically. */
package org.bilateral.tradestats.importing;
