package org.bilateral.worldjob.screen;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The countries the workbench knows, by their UN M49 code, with their two-letter code: a partner not among them (a
 * region, an area "nes", bunkers, the world) is never a hub, as the workbench's import skips such partners. Several M49
 * codes of one country (a code retired and its successor) count as that one country, as the workbench's figures of both
 * land on its one code.
 */
public record Countries(Map<Integer, String> isoByM49) {

    public Countries {
        isoByM49 = Map.copyOf(isoByM49);
    }

    /** Reads {@code m49,iso2} lines under the header {@code m49,iso2}; refuses a file it cannot read whole, naming the line. */
    public static Countries read(String path) throws IOException {
        if (!Paths.exists(path)) {
            throw new Refused("no countries file at " + path + " (m49,iso2 lines: the countries the workbench knows)");
        }
        String file = path.substring(path.lastIndexOf('/') + 1);
        Map<Integer, String> byM49 = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Paths.open(path), StandardCharsets.UTF_8))) {
            String header = in.readLine();
            if (header == null || !header.replace("\uFEFF", "").strip().equalsIgnoreCase("m49,iso2")) {
                throw new Refused(file + ", line 1: the header is not m49,iso2");
            }
            String line;
            int n = 1;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.split(",", -1);
                if (parts.length != 2) {
                    problems.add(file + ", line " + n + ": not two fields (m49,iso2)");
                    continue;
                }
                String m49 = parts[0].strip();
                String iso = parts[1].strip();
                if (!m49.matches("\\d{1,3}")) {
                    problems.add(file + ", line " + n + ", field m49: \"" + m49 + "\" is not an M49 code");
                } else if (!iso.matches("[A-Z]{2}")) {
                    problems.add(file + ", line " + n + ", field iso2: \"" + iso + "\" is not a two-letter code");
                } else {
                    String before = byM49.put(Integer.parseInt(m49), iso);
                    if (before != null && !before.equals(iso)) {
                        problems.add(file + ", line " + n + ", field m49: " + m49 + " is both " + before + " and " + iso);
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new Refused(String.join("; ", problems.subList(0, Math.min(problems.size(), 100)))
                    + (problems.size() > 100 ? "; and " + (problems.size() - 100) + " more" : ""));
        }
        return new Countries(byM49);
    }

    public Optional<String> iso(int m49) {
        return Optional.ofNullable(isoByM49.get(m49));
    }

    /** Every M49 code of the country, in order. */
    public List<Integer> codesOf(String iso) {
        return isoByM49.entrySet().stream().filter(e -> e.getValue().equals(iso)).map(Map.Entry::getKey).sorted().toList();
    }
}
