package org.bilateral.commitments;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Deals with an open merge proposal between them form a group that the totals count once, as its largest deal (by
 * the high end of its value; the lower number when two are worth the same).
 */
final class DuplicateGroups {

    /** Two deals a merge proposal says may be one. */
    record Pair(long kept, long merged) {
    }

    private DuplicateGroups() {
    }

    /**
     * For every member of a group but the one counted, the deal counted for it. {@code values} holds the high end of
     * each deal's value (zero without one); a deal missing from it (merged away, deleted) is in no group.
     */
    static Map<Long, Long> countedWith(List<Pair> open, Map<Long, BigDecimal> values) {
        Map<Long, Long> parent = new HashMap<>();
        for (Pair p : open) {
            union(parent, p.kept(), p.merged());
        }
        Map<Long, List<Long>> groups = new HashMap<>();
        for (Long id : parent.keySet()) {
            if (values.containsKey(id)) {
                groups.computeIfAbsent(find(parent, id), k -> new ArrayList<>()).add(id);
            }
        }
        Map<Long, Long> counted = new HashMap<>();
        for (List<Long> group : groups.values()) {
            long representative = group.stream()
                    .max(Comparator.comparing((Long id) -> values.getOrDefault(id, BigDecimal.ZERO)).thenComparing(id -> -id))
                    .orElseThrow();
            group.stream().filter(id -> id != representative).forEach(id -> counted.put(id, representative));
        }
        return counted;
    }

    private static void union(Map<Long, Long> parent, long a, long b) {
        long ra = find(parent, a);
        long rb = find(parent, b);
        if (ra != rb) {
            parent.put(Math.max(ra, rb), Math.min(ra, rb));
        }
    }

    private static long find(Map<Long, Long> parent, long x) {
        parent.putIfAbsent(x, x);
        long root = x;
        Long up = parent.get(root);
        while (up != null && up != root) {
            root = up;
            up = parent.get(root);
        }
        return root;
    }
}
