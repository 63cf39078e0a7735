/**
 * The world's benchmark (issue 35, "Measured"): a synthetic world generated and imported, and the screen timed on it at
 * several sizes and Spark masters. A command, never a test: its figures depend on the machine.
 */
@org.jspecify.annotations.NullMarked
package org.bilateral.worldjob.bench;
