/** Value types every capability speaks in: countries, HS codes, periods, flows and money. */
@org.jspecify.annotations.NullMarked
package org.bilateral.shared;
