/** The web doors onto trade statistics: balance, mirror and imports pages, their downloads, and the JSON API. */
package org.bilateral.tradestats.web;
