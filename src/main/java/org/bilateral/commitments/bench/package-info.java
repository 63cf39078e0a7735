/** The attainment benchmark: many targets measured over the benchmark's millions of trade rows. */
@org.jspecify.annotations.NullMarked
package org.bilateral.commitments.bench;
