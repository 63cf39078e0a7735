/** Reading deals files (CSV as ministries and researchers keep them) into reports of deals, all rows or none. */
package org.bilateral.commitments.importing;
