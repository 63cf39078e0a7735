/** Loading reference data and looking up a country or an HS code. */
package org.bilateral.reference.cli;
