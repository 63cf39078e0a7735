package org.bilateral.reference;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

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

    /**
     * The one sector every code under this one counts in, or null where sector codes split it: a code no longer sector
     * prefix starts with counts wholly where its longest prefix puts it (chapter 61 in textiles); one that such prefixes
     * split (chapter 94: furniture is 9401 to 9404) counts wholly in one sector only when every subheading the
     * nomenclature lists under it does (chapter 88, whose headings are all aircraft). A subheading or national line is
     * never split (no prefix is longer than six digits).
     *
     * @param subheadings        the nomenclature's subheadings, in order
     * @param sectorOfSubheading the sector of a subheading the nomenclature lists
     */
    static @Nullable String wholeSector(String code, Map<String, String> sectorOfPrefix, NavigableSet<String> subheadings,
                              UnaryOperator<String> sectorOfSubheading) {
        if (code.length() >= 6) {
            String known = subheadings.contains(code.substring(0, 6)) ? sectorOfSubheading.apply(code.substring(0, 6)) : null;
            if (known != null) {
                return known;
            }
            String sector = longestPrefix(code, sectorOfPrefix);
            return sector == null ? Sector.OTHER : sector;
        }
        boolean split = sectorOfPrefix.keySet().stream().anyMatch(p -> p.length() > code.length() && p.startsWith(code));
        if (!split) {
            String sector = code.length() < 2 ? null : longestPrefix(code, sectorOfPrefix);
            return sector == null ? Sector.OTHER : sector;
        }
        String only = null;
        for (String subheading : subheadings.subSet(code, true, code + Character.MAX_VALUE, false)) {
            String sector = sectorOfSubheading.apply(subheading);
            if (only != null && !only.equals(sector)) {
                return null;
            }
            only = sector;
        }
        return only;
    }

    /**
     * Every sector some code under this one counts in: those of the sector codes under it, the one its longest prefix
     * names (else other goods), and those of the subheadings the nomenclature lists under it.
     */
    static Set<String> sectorsUnder(String code, Map<String, String> sectorOfPrefix, NavigableSet<String> subheadings,
                                              UnaryOperator<String> sectorOfSubheading) {
        Set<String> sectors = new TreeSet<>();
        String whole = wholeSector(code, sectorOfPrefix, subheadings, sectorOfSubheading);
        if (whole != null) {
            return Set.of(whole);
        }
        sectorOfPrefix.forEach((prefix, sector) -> {
            if (prefix.length() > code.length() && prefix.startsWith(code)) {
                sectors.add(sector);
            }
        });
        String own = code.length() < 2 ? null : longestPrefix(code, sectorOfPrefix);
        sectors.add(own == null ? Sector.OTHER : own);
        subheadings.subSet(code, true, code + Character.MAX_VALUE, false).forEach(s -> sectors.add(sectorOfSubheading.apply(s)));
        return sectors;
    }

    private static @Nullable String longestPrefix(String code, Map<String, String> sectorOfPrefix) {
        for (int length = code.length(); length >= 2; length--) {
            String sector = sectorOfPrefix.get(code.substring(0, length));
            if (sector != null) {
                return sector;
            }
        }
        return null;
    }
}
