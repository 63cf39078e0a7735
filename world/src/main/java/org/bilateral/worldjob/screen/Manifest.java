package org.bilateral.worldjob.screen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * What the store's manifest says of the partitions a run read: the names of the files they came from, and whether any
 * is synthetic ({@code STORE/_bilateral/partitions/year=Y/reporter=R.json}, written by the import).
 */
final class Manifest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Manifest() {
    }

    /** @param names in order, each once */
    record Sources(List<String> names, boolean synthetic) {
    }

    /**
     * @param partitions each {@code year * 1000 + reporter}
     * @throws IllegalStateException when a partition read has no manifest entry: the store is then not whole, and the run
     *                               could not say where its figures came from nor whether they are synthetic
     */
    static Sources sources(FileSystem fs, Path store, Collection<Integer> partitions) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        boolean synthetic = false;
        for (int key : partitions) {
            int year = key / 1000;
            int reporter = key % 1000;
            Path entry = new Path(store, "_bilateral/partitions/year=" + year + "/reporter=" + reporter + ".json");
            if (!fs.exists(entry)) {
                throw new IllegalStateException("the store's manifest has no entry for the partition year=" + year + "/reporter=" + reporter
                        + " (" + entry + "): import the partition's file again");
            }
            JsonNode node;
            try (InputStream in = fs.open(entry)) {
                node = JSON.readTree(in);
            }
            JsonNode name = node.get("name");
            if (name == null || !name.isTextual()) {
                throw new IllegalStateException(entry + " names no file (field name)");
            }
            names.add(name.asText());
            synthetic |= node.path("synthetic").asBoolean(false);
        }
        return new Sources(List.copyOf(names), synthetic);
    }
}
