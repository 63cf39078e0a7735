/** Admin → Sources: each source's key, schedule and runs, and "Pull now". */
@org.jspecify.annotations.NullMarked
package org.bilateral.sources.web;
