/** The risk pages and their JSON: the screen, a product's signals and chart, the watch list. */
@org.jspecify.annotations.NullMarked
package org.bilateral.risk.web;
