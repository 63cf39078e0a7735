package org.bilateral.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/** The HS 2022 nomenclature and Bilateral's sectors: what a code means and where it belongs. */
@Service
public class Nomenclature {

    private final NomenclatureStore store;
    private final ReferenceIndex<Index> index;

    Nomenclature(NomenclatureStore store) {
        this.store = store;
        this.index = new ReferenceIndex<>(this::build);
    }

    private record Index(Map<String, String> descriptions, Map<String, String> sectionOfChapter,
                         Map<String, HsSection> sections, Map<String, Sector> sectors, Map<String, String> sectorOfCode,
                         Map<String, String> sectorOfPrefix, NavigableSet<String> subheadings,
                         Map<String, Optional<String>> wholeSectors) {
    }

    @EventListener
    void on(ReferenceDataLoaded loaded) {
        index.invalidate();
    }

    private Index index() {
        return index.get();
    }

    private Index build() {
        Map<String, String> descriptions = new HashMap<>();
        Map<String, String> sectionOfChapter = new HashMap<>();
        for (NomenclatureStore.Code code : store.codes()) {
            descriptions.put(code.code(), code.description());
            if (code.level() == 2 && code.section() != null) {
                sectionOfChapter.put(code.code(), code.section());
            }
        }
        Map<String, HsSection> sections = new LinkedHashMap<>();
        store.sections().forEach(s -> sections.put(s.numeral(), s));
        Map<String, List<String>> prefixes = new HashMap<>();
        store.prefixes().forEach(p -> prefixes.computeIfAbsent(p.sectorId(), k -> new ArrayList<>()).add(p.prefix()));
        Map<String, Sector> sectors = new LinkedHashMap<>();
        store.sectors(prefixes).forEach(s -> sectors.put(s.id(), s));
        sectors.put(Sector.OTHER, new Sector(Sector.OTHER, "Other goods", "Everything not in a named sector", List.of()));
        Map<String, String> sectorOfCode = new HashMap<>();
        store.claims().forEach(c -> sectorOfCode.put(c.code(), c.sectorId()));
        Map<String, String> sectorOfPrefix = new HashMap<>();
        sectors.values().forEach(s -> s.prefixes().forEach(p -> sectorOfPrefix.put(p, s.id())));
        TreeSet<String> subheadings = new TreeSet<>();
        descriptions.keySet().stream().filter(c -> c.length() == 6).forEach(subheadings::add);
        return new Index(descriptions, sectionOfChapter, sections, sectors, sectorOfCode, sectorOfPrefix, subheadings,
                new ConcurrentHashMap<>());
    }

    /** The nomenclature's description of an HS code, or empty for national lines and codes outside HS 2022. */
    public Optional<String> description(String code) {
        return Optional.ofNullable(index().descriptions().get(code));
    }

    public Optional<HsSection> section(String numeral) {
        return Optional.ofNullable(index().sections().get(numeral));
    }

    /** The section an HS chapter belongs to. */
    public Optional<HsSection> sectionOfChapter(String chapter) {
        String numeral = index().sectionOfChapter().get(chapter);
        return numeral == null ? Optional.empty() : section(numeral);
    }

    public List<HsSection> sections() {
        return List.copyOf(index().sections().values());
    }

    public List<Sector> sectors() {
        return List.copyOf(index().sectors().values());
    }

    public Optional<Sector> sector(String id) {
        return Optional.ofNullable(index().sectors().get(id));
    }

    /** The one sector a chapter, heading or subheading counts in; "other" where no sector claims it. */
    public String sectorOf(String code) {
        return index().sectorOfCode().getOrDefault(code, Sector.OTHER);
    }

    /**
     * The sectors a chapter, heading or subheading and the codes under it count in: what a sector's total shares with the
     * code's, at whichever detail the statistics of a year are summed from.
     */
    public Set<String> sectorsWithin(String code) {
        Set<String> sectors = new TreeSet<>();
        index().sectorOfCode().forEach((c, sector) -> {
            if (c.startsWith(code)) {
                sectors.add(sector);
            }
        });
        return sectors;
    }

    /**
     * The one sector all trade under a code counts in, or empty where sector codes split the code (chapter 94: furniture
     * is 9401 to 9404, lamps are other goods), so that trade held only at that code cannot be put in a sector. See
     * {@link SectorAssignment#wholeSector}; "" (trade with no product named) is split whenever there are sectors.
     */
    public Optional<String> wholeSectorOf(String code) {
        Index index = index();
        return index.wholeSectors().computeIfAbsent(code, c -> Optional.ofNullable(SectorAssignment.wholeSector(c,
                index.sectorOfPrefix(), index.subheadings(), s -> index.sectorOfCode().getOrDefault(s, Sector.OTHER))));
    }

    /** Every sector some trade under a code may count in (furniture and other goods under chapter 94). */
    public Set<String> sectorsUnder(String code) {
        Index index = index();
        return SectorAssignment.sectorsUnder(code, index.sectorOfPrefix(), index.subheadings(),
                s -> index.sectorOfCode().getOrDefault(s, Sector.OTHER));
    }

    /** Every HS 2022 subheading (six digits), in code order. */
    public List<String> subheadings() {
        return index().descriptions().keySet().stream().filter(c -> c.length() == 6).sorted().toList();
    }

    public int codeCount() {
        return index().descriptions().size();
    }
}
