/** Enterprises reporting to the ministry: progress on their deals and demand forecasts, by web form, API or XLSX template. */
package org.bilateral.commitments.reporting;
