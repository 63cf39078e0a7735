/**
 * The world store: Comtrade bulk files read under the workbench's rules into Parquet partitioned by year and reporter,
 * at any Hadoop path, with a manifest saying which file owns each partition (WORLD-SPEC §1).
 */
@org.jspecify.annotations.NullMarked
package org.bilateral.worldjob.store;
