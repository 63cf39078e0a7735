/** Benchmarks of the policy's stakes on the benchmark database's millions of figures. */
package org.bilateral.policy.bench;
