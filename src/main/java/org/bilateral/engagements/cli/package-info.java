/** The register's commands: people, organisations, engagements, and the merges a person must confirm. */
@org.jspecify.annotations.NullMarked
package org.bilateral.engagements.cli;
