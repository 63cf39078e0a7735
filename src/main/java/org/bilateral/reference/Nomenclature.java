package org.bilateral.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * The HS 2022 nomenclature and Bilateral's sectors: what a code means and where it belongs, in the page's language
 * ({@link LocaleContextHolder}; English outside a request). In Vietnamese a code's description is Vietnam's nomenclature's
 * (hs/hs2022-vi.csv); a code it lacks (99, "not specified according to kind") shows the English description marked as
 * English. Section and sector names in Vietnamese are the workbench's own (messages_vi: {@code hs.section.*},
 * {@code sector.name.*}).
 */
@Service
public class Nomenclature {

    private final NomenclatureStore store;
    private final MessageSource messages;
    private final ReferenceIndex<Index> index;

    Nomenclature(NomenclatureStore store, MessageSource messages) {
        this.store = store;
        this.messages = messages;
        this.index = new ReferenceIndex<>(this::build);
    }

    private record Index(Map<String, String> descriptions, Map<String, String> vietnamese, Map<String, String> sectionOfChapter,
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
        Map<String, String> vietnamese = new HashMap<>();
        Map<String, String> sectionOfChapter = new HashMap<>();
        for (NomenclatureStore.Code code : store.codes()) {
            descriptions.put(code.code(), code.description());
            if (code.descriptionVi() != null) {
                vietnamese.put(code.code(), code.descriptionVi());
            }
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
        return new Index(descriptions, vietnamese, sectionOfChapter, sections, sectors, sectorOfCode, sectorOfPrefix, subheadings,
                new ConcurrentHashMap<>());
    }

    /**
     * The nomenclature's description of an HS code in the page's language, or empty for national lines and codes outside
     * HS 2022.
     */
    public Optional<String> description(String code) {
        return description(code, LocaleContextHolder.getLocale());
    }

    /**
     * The description in a given language (a brief's, or English where words are matched against English goods names).
     * In Vietnamese: Vietnam's nomenclature's text, or, for a code it lacks, the English one marked as English.
     */
    public Optional<String> description(String code, Locale locale) {
        Index index = index();
        String english = index.descriptions().get(code);
        if (english == null || !isVietnamese(locale)) {
            return Optional.ofNullable(english);
        }
        String vietnamese = index.vietnamese().get(code);
        return Optional.of(vietnamese != null ? vietnamese
                : messages.getMessage("reference.hs.englishOnly", new Object[]{english}, locale));
    }

    /** The description in the page's language, or, for a national line or special code, that said in the page's language. */
    public String describe(String code) {
        return description(code).orElseGet(() -> messages.getMessage("reference.hs.nationalOrSpecial", null,
                LocaleContextHolder.getLocale()));
    }

    /** How many codes have a Vietnamese description of their own. */
    public int vietnameseCount() {
        return index().vietnamese().size();
    }

    public Optional<HsSection> section(String numeral) {
        HsSection section = index().sections().get(numeral);
        return Optional.ofNullable(section == null ? null : inPageLanguage(section));
    }

    private HsSection inPageLanguage(HsSection section) {
        Locale locale = LocaleContextHolder.getLocale();
        return isVietnamese(locale) ? new HsSection(section.numeral(), section.position(),
                said("hs.section." + section.numeral(), section.name(), locale)) : section;
    }

    private Sector inPageLanguage(Sector sector) {
        Locale locale = LocaleContextHolder.getLocale();
        return isVietnamese(locale) ? new Sector(sector.id(), said("sector.name." + sector.id(), sector.name(), locale),
                said("sector.description." + sector.id(), sector.description(), locale), sector.prefixes()) : sector;
    }

    /** A name the messages give in the language; MessagesTest holds every key in both files, the English is a last resort. */
    private String said(String key, String english, Locale locale) {
        return java.util.Objects.requireNonNullElse(messages.getMessage(key, null, english, locale), english);
    }

    static boolean isVietnamese(Locale locale) {
        return "vi".equals(locale.getLanguage());
    }

    /** The section an HS chapter belongs to. */
    public Optional<HsSection> sectionOfChapter(String chapter) {
        String numeral = index().sectionOfChapter().get(chapter);
        return numeral == null ? Optional.empty() : section(numeral);
    }

    public List<HsSection> sections() {
        return index().sections().values().stream().map(this::inPageLanguage).toList();
    }

    public List<Sector> sectors() {
        return index().sectors().values().stream().map(this::inPageLanguage).toList();
    }

    public Optional<Sector> sector(String id) {
        return Optional.ofNullable(index().sectors().get(id)).map(this::inPageLanguage);
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
