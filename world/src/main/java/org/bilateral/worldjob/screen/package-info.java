/**
 * The world screen as a Spark job: every hub of one origin and destination screened at once from the world store's
 * Parquet, each hub's products by the workbench's own arithmetic ({@link org.bilateral.risk.WorldRoutes}).
 */
@org.jspecify.annotations.NullMarked
package org.bilateral.worldjob.screen;
