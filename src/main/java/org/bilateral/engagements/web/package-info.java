/** The register's pages and API: the engagement timeline, people, organisations and the merges to decide. */
@org.jspecify.annotations.NullMarked
package org.bilateral.engagements.web;
