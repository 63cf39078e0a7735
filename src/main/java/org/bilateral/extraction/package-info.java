/**
 * Reading press releases into proposed records (events, people, organisations, purchase commitments and
 * policy issues), each with the sentence it came from, and the review that lets a person accept them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Extraction")
@org.jspecify.annotations.NullMarked
package org.bilateral.extraction;
