package org.bilateral.worldjob.store;

/** Who owns a partition: the file that last wrote it ({@code _bilateral/partitions/year=Y/reporter=R.json}). */
public record PartitionOwner(String file, String name, boolean synthetic) {
}
