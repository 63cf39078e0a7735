/**
 * The brief a negotiator takes into the next round: the balance by each side's statistics, what has been bought and
 * what is still promised, whom the other side has met and what was said, the open asks on both sides and the risks,
 * composed from the other capabilities' own use cases (none re-computed here), in Vietnamese or English, as PDF, DOCX,
 * XLSX and a web page, every figure and statement numbered to its source, and each brief kept as it was made.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Briefs")
package org.bilateral.briefs;
