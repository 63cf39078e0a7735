/** Enterprises reporting to the ministry: progress on their deals and demand forecasts, by web form, API or XLSX template. */
@org.jspecify.annotations.NullMarked
package org.bilateral.commitments.reporting;
