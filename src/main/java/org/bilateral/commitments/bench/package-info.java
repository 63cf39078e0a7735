/** The attainment benchmark: many targets measured over the benchmark's millions of trade rows. */
package org.bilateral.commitments.bench;
