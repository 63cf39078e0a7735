/** The Hill's pages: the map, a state's and a legislator's pages, who to see, and the matches of register persons to review. */
@org.jspecify.annotations.NullMarked
package org.bilateral.hill.web;
