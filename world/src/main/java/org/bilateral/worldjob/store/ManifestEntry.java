package org.bilateral.worldjob.store;

import java.util.List;
import java.util.Map;

/** What the store keeps of one imported file ({@code _bilateral/files/<sha256>.json}). */
public record ManifestEntry(String sha256, String name, String importedAt, long rowsRead, long rowsKept,
                            Map<String, Long> skipped, List<PartitionRows> partitions, boolean synthetic) {
}
