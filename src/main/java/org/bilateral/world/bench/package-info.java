/** Benchmark of the workbench's screen on the route the world screen's benchmark also screens, for the two side by side. */
@org.jspecify.annotations.NullMarked
package org.bilateral.world.bench;
