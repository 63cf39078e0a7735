/** The brief's doors on the web: the Brief page (compose, history, reopen), its downloads, and the JSON API. */
package org.bilateral.briefs.web;
