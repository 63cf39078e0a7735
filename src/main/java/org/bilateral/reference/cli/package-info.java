/** Loading reference data and looking up a country or an HS code. */
@org.jspecify.annotations.NullMarked
package org.bilateral.reference.cli;
