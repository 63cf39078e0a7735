/** The web doors onto trade statistics: balance, mirror and imports pages, their downloads, and the JSON API. */
@org.jspecify.annotations.NullMarked
package org.bilateral.tradestats.web;
