/** The deal register's pages and JSON API for the ministry: the register, one deal, its import and its export. */
@org.jspecify.annotations.NullMarked
package org.bilateral.commitments.web;
