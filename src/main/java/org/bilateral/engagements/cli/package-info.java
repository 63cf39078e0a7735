/** The register's commands: people, organisations, engagements, and the merges a person must confirm. */
package org.bilateral.engagements.cli;
