package org.bilateral.worldjob.store;

import java.util.List;

/**
 * What became of one file of an import, as the report writes it.
 *
 * @param outcome {@code imported}, {@code unchanged} or {@code refused}
 * @param problems each "file, line N, field F: what", at most {@link Problems#LISTED} then "and N more"
 */
public record FileOutcome(String name, String sha256, String outcome, long rowsKept, List<PartitionRows> partitions,
                          List<String> problems) {

    public static final String IMPORTED = "imported";
    public static final String UNCHANGED = "unchanged";
    public static final String REFUSED = "refused";

    public boolean refused() {
        return REFUSED.equals(outcome);
    }
}
