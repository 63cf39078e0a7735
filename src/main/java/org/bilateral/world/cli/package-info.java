/** {@code bilateral world}: import bulk files into the world store, screen it on Spark, load a run, list the runs. */
@org.jspecify.annotations.NullMarked
package org.bilateral.world.cli;
