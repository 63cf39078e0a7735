/**
 * The world screen: every hub and every product of one origin and one destination at once, screened by the Spark job
 * of the {@code bilateral-world} module over the world store (Comtrade's bulk files as Parquet), launched from here as a
 * separate process ({@link org.bilateral.world.WorldJobs}), its runs kept in PostgreSQL as dated runs
 * ({@link org.bilateral.world.WorldRuns}) for the World page and the brief's line on where the pair's hub stands.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "World")
package org.bilateral.world;
