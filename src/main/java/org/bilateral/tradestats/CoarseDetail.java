package org.bilateral.tradestats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.bilateral.reference.Sector;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.HsLevel;

/**
 * Sets apart what one side holds only coarser than the level asked, so that missing detail is never counted as a
 * discrepancy: the chapters whose products do not add up to the chapter's own figure, or by sector the not-allocated
 * lines with every sector their chapter's trade may count in. Their products are taken out of {@code byCode}.
 *
 * @param label        names a code of a level, as {@link ProductLabels#label} does
 * @param sectorsUnder every sector trade under a code may count in, as {@link ProductLabels#sectorsUnder} says
 */
record CoarseDetail(CountryCode exporter, CountryCode importer, BiFunction<HsLevel, String, String> label,
                     Function<String, Set<String>> sectorsUnder) {

    /**
     * At heading or subheading level: the chapters where a side's detail does not add up to its own figure for the
     * chapter (chapter 94 held only at HS2, or at HS2 beside a few HS10 lines).
     */
    List<Mirror.NotComparable> chapters(HsLevel level, Map<String, BigDecimal[]> byCode, MirrorStore.Coarser coarser) {
        TreeSet<String> all = new TreeSet<>(coarser.chapters().get(0).keySet());
        all.addAll(coarser.chapters().get(1).keySet());
        List<Mirror.NotComparable> apart = new ArrayList<>();
        for (String chapter : all) {
            List<Mirror.Coarse> coarse = new ArrayList<>();
            for (int side = 0; side < 2; side++) {
                BigDecimal whole = coarser.chapters().get(side).get(chapter);
                if (whole == null) {
                    continue;
                }
                BigDecimal detailed = detailed(byCode, chapter, side);
                if (detailed.compareTo(whole) != 0) {
                    BigDecimal inHeadings = coarser.headings().get(side).entrySet().stream()
                            .filter(h -> h.getKey().startsWith(chapter))
                            .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
                    String heldAt = level == HsLevel.SUBHEADING && inHeadings.compareTo(whole) == 0 ? "HS4" : "HS2";
                    coarse.add(new Mirror.Coarse(side == 0 ? exporter : importer, chapter, heldAt, detailed, whole));
                }
            }
            if (!coarse.isEmpty()) {
                apart.add(new Mirror.NotComparable(chapter, label.apply(HsLevel.CHAPTER, chapter),
                        coarser.chapters().get(0).get(chapter), coarser.chapters().get(1).get(chapter), coarse));
                byCode.keySet().removeIf(code -> code.startsWith(chapter));
            }
        }
        return apart;
    }

    private static BigDecimal detailed(Map<String, BigDecimal[]> byCode, String chapter, int side) {
        BigDecimal detailed = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal[]> e : byCode.entrySet()) {
            if (e.getKey().startsWith(chapter) && e.getValue()[side] != null) {
                detailed = detailed.add(e.getValue()[side]);
            }
        }
        return detailed;
    }

    /** The not-allocated codes of {@code byCode} grouped with every sector they may count in, groups sharing a sector joined. */
    record Group(Set<String> members, TreeSet<String> codes) {
    }

    List<Group> groups(Map<String, BigDecimal[]> byCode) {
        List<String> coarseCodes = byCode.keySet().stream().map(Sector::notAllocatedCode).flatMap(Optional::stream)
                .sorted().toList();
        List<Group> groups = new ArrayList<>();
        for (String code : coarseCodes) {
            Set<String> members = new TreeSet<>(sectorsUnder.apply(code));
            members.add(Sector.notAllocated(code));
            TreeSet<String> codes = new TreeSet<>(List.of(code));
            for (int g = groups.size() - 1; g >= 0; g--) {
                if (groups.get(g).members().stream().anyMatch(members::contains)) {
                    Group joined = groups.remove(g);
                    members.addAll(joined.members());
                    codes.addAll(joined.codes());
                }
            }
            groups.add(new Group(members, codes));
        }
        return groups;
    }

    /**
     * By sector: each side's not-allocated lines are set apart with every sector their chapter's trade may count in
     * (furniture, other goods), so that a sector's gap never counts the other side's missing detail. A group's sums
     * cover the same codes on both sides, so they compare.
     */
    List<Mirror.NotComparable> sectors(List<Group> groups, Map<String, BigDecimal[]> byCode, MirrorStore.Coarser coarser) {
        List<Mirror.NotComparable> apart = new ArrayList<>();
        for (Group group : groups) {
            List<Mirror.Coarse> coarse = coarse(group, byCode, coarser);
            BigDecimal[] sums = new BigDecimal[2];
            List<String> names = new ArrayList<>();
            for (String member : group.members()) {
                BigDecimal[] values = byCode.remove(member);
                if (values == null) {
                    continue;
                }
                names.add(label.apply(HsLevel.SECTOR, member));
                for (int side = 0; side < 2; side++) {
                    if (values[side] != null) {
                        sums[side] = sums[side] == null ? values[side] : sums[side].add(values[side]);
                    }
                }
            }
            apart.add(new Mirror.NotComparable(String.join(" ", group.codes()), String.join(", ", names), sums[0],
                    sums[1], coarse));
        }
        return apart;
    }

    private List<Mirror.Coarse> coarse(Group group, Map<String, BigDecimal[]> byCode, MirrorStore.Coarser coarser) {
        List<Mirror.Coarse> coarse = new ArrayList<>();
        for (String code : group.codes()) {
            BigDecimal[] rest = byCode.get(Sector.notAllocated(code));
            for (int side = 0; side < 2; side++) {
                if (rest == null || rest[side] == null || rest[side].signum() == 0) {
                    continue;
                }
                BigDecimal whole = code.length() == 2 ? coarser.chapters().get(side).get(code)
                        : code.length() == 4 ? coarser.headings().get(side).get(code) : null;
                whole = whole == null ? rest[side] : whole;
                coarse.add(new Mirror.Coarse(side == 0 ? exporter : importer, code, code.length() == 4 ? "HS4" : "HS2",
                        whole.subtract(rest[side]), whole));
            }
        }
        return coarse;
    }
}
