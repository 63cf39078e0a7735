package org.bilateral.worldjob.screen;

import java.io.IOException;
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
        Map<Integer, String> byM49 = new TreeMap<>();
        InputCsv.read(path, "m49,iso2", "countries file (the countries the workbench knows)", (line, f, problems) -> {
            String m49 = f[0];
            String iso = f[1];
            if (!m49.matches("\\d{1,3}")) {
                problems.add(line, "m49", "\"" + m49 + "\" is not an M49 code");
            } else if (!iso.matches("[A-Z]{2}")) {
                problems.add(line, "iso2", "\"" + iso + "\" is not a two-letter code");
            } else {
                String before = byM49.put(Integer.parseInt(m49), iso);
                if (before != null && !before.equals(iso)) {
                    problems.add(line, "m49", m49 + " is both " + before + " and " + iso);
                }
            }
        });
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
