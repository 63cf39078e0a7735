/** Reading deals files (CSV as ministries and researchers keep them) into reports of deals, all rows or none. */
@org.jspecify.annotations.NullMarked
package org.bilateral.commitments.importing;
