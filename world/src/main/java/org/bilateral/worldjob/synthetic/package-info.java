/** A synthetic world in the Comtrade bulk layout, with planted rerouting, for tests and benchmarks (WORLD-SPEC §5). */
@org.jspecify.annotations.NullMarked
package org.bilateral.worldjob.synthetic;
