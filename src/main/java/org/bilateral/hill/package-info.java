/**
 * The Hill: the members of Congress and their committees (the {@code congress/} reference files, refreshed by
 * {@code bilateral hill load DIR}), the states they represent ({@link org.bilateral.hill.UsStates}, the map's shapes
 * {@link org.bilateral.hill.StateShapes}), and which of the register's persons each member is
 * ({@link org.bilateral.hill.LegislatorMatches}), so that a negotiator sees who on the US side can move the talks.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "The Hill")
package org.bilateral.hill;
