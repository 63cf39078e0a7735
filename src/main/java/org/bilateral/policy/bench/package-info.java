/** Benchmarks of the policy's stakes on the benchmark database's millions of figures. */
@org.jspecify.annotations.NullMarked
package org.bilateral.policy.bench;
