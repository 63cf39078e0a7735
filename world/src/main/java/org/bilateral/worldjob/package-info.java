/** The world job: Comtrade bulk files into Parquet, and the world screen as a Spark job. */
@org.jspecify.annotations.NullMarked
package org.bilateral.worldjob;
