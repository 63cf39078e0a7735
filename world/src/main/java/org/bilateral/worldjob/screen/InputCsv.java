package org.bilateral.worldjob.screen;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.bilateral.worldjob.store.Problems;

/**
 * The small CSV files the workbench hands the job (COUNTRIES.csv, CARRIES.csv): a header, then lines of plain fields. A
 * file is read whole or refused whole, each problem naming the file, the line and the field; at most 100 are listed
 * ({@link Problems}), so a file wrong on every line is not held in memory as its problems either.
 */
final class InputCsv {

    private InputCsv() {
    }

    /** One line's fields, stripped; its problems are added to {@code problems} by its line and field. */
    interface Line {
        void read(int line, String[] fields, Problems problems);
    }

    /**
     * @param header  the header line, its names also the fields each line must hold
     * @param absent  what the file holds, said when there is none at the path
     */
    static void read(String path, String header, String absent, Line each) throws IOException {
        if (!Paths.exists(path)) {
            throw new Refused("no " + absent + " at " + path + " (" + header + " lines)");
        }
        String file = path.substring(path.lastIndexOf('/') + 1);
        int fields = header.split(",").length;
        Problems problems = new Problems(file);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Paths.open(path), StandardCharsets.UTF_8))) {
            String first = in.readLine();
            if (first == null || !first.replace("\uFEFF", "").strip().equalsIgnoreCase(header)) {
                throw new Refused(file + ", line 1: the header is not " + header);
            }
            String line;
            int n = 1;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.split(",", -1);
                if (parts.length != fields) {
                    problems.addLine(n, "not " + (fields == 2 ? "two" : fields == 3 ? "three" : String.valueOf(fields)) + " fields (" + header + ")");
                    continue;
                }
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = parts[i].strip();
                }
                each.read(n, parts, problems);
            }
        }
        if (problems.any()) {
            throw new Refused(String.join("; ", problems.shown()));
        }
    }
}
