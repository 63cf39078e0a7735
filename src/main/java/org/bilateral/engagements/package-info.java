/**
 * The register of the relationship: people (names, titles over time, country), organisations (acronyms, kind,
 * country), the engagements between them with their sources, and the merges a person must confirm.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Engagements")
package org.bilateral.engagements;
