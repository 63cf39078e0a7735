/** Value types every capability speaks in: countries, HS codes, periods, flows and money. */
package org.bilateral.shared;
