package org.bilateral.reference;

/** One of the 21 sections of the Harmonized System, numbered in Roman numerals. */
public record HsSection(String numeral, int position, String name) {
}
