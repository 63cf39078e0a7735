package org.bilateral.worldjob.store;

/** A partition a file wrote, with the rows it holds there. */
public record PartitionRows(int year, int reporter, long rows) {

    /** The partition's folder under {@code flows/} and under {@code _bilateral/partitions/}, as Spark discovers it. */
    public String path() {
        return "year=" + year + "/reporter=" + reporter;
    }
}
