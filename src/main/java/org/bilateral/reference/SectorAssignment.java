package org.bilateral.reference;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts every HS code in exactly one sector so that sector totals never double count: the longest
 * sector prefix of the code wins ("8411" gas turbines over "84" machinery). A code coarser than
 * any prefix that would split it (chapter "88" when sectors name headings) goes where most of its
 * subheadings go.
 */
final class SectorAssignment {

    private SectorAssignment() {
    }

    static Map<String, String> assign(List<String> codes, Map<String, String> sectorOfPrefix) {
        Map<String, String> result = new HashMap<>();
        for (String code : codes) {
            String sector = longestPrefix(code, sectorOfPrefix);
            if (sector != null) {
                result.put(code, sector);
            }
        }
        for (String code : codes) {
            if (code.length() >= 6) {
                continue;
            }
            Map<String, Integer> votes = new HashMap<>();
            for (String other : codes) {
                if (other.length() == 6 && other.startsWith(code)) {
                    votes.merge(result.getOrDefault(other, Sector.OTHER), 1, Integer::sum);
                }
            }
            votes.entrySet().stream().max(Map.Entry.comparingByValue()).ifPresent(top -> {
                if (!result.containsKey(code) || top.getValue() * 2 > votes.values().stream().mapToInt(i -> i).sum()) {
                    result.put(code, top.getKey());
                }
            });
        }
        result.values().removeIf(Sector.OTHER::equals);
        return result;
    }

    private static String longestPrefix(String code, Map<String, String> sectorOfPrefix) {
        for (int length = code.length(); length >= 2; length--) {
            String sector = sectorOfPrefix.get(code.substring(0, length));
            if (sector != null) {
                return sector;
            }
        }
        return null;
    }
}
