/** The web doors onto the Hill: the map, a state's and a legislator's pages, who to see, the states' shapes. */
@org.jspecify.annotations.NullMarked
package org.bilateral.hill.web;
