/** The World page: a run's hubs ranked two ways, a hub's products with their signals, and the runs held. */
@org.jspecify.annotations.NullMarked
package org.bilateral.world.web;
