/** The schedule's page: a code looked up, its lines' rates under every agreement, and the versions held. */
@org.jspecify.annotations.NullMarked
package org.bilateral.tariffs.web;
