/** Purchase targets, attainment against them from both partners' statistics, and the projection of deals' deliveries. */
package org.bilateral.commitments.targets;
