/** The brief's doors on the web: the Brief page (compose, history, reopen), its downloads, and the JSON API. */
@org.jspecify.annotations.NullMarked
package org.bilateral.briefs.web;
