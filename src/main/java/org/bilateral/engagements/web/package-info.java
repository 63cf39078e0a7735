/** The register's pages and API: the engagement timeline, people, organisations and the merges to decide. */
package org.bilateral.engagements.web;
