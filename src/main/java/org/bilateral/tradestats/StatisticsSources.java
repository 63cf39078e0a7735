package org.bilateral.tradestats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bilateral.reference.HsRevisions;
import org.bilateral.shared.CountryCode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use cases: where the statistics come from (the imports, which hold a pair's years) and the HS editions they are in. */
@Service
@Transactional(readOnly = true)
public class StatisticsSources {

    private final SourcesStore store;

    StatisticsSources(SourcesStore store) {
        this.store = store;
    }

    /** Every import that holds statistics of this reporter about this partner. */
    public List<Source> sources(CountryCode reporter, CountryCode partner) {
        return store.sources(reporter, partner);
    }

    /** All imports, newest first, for the imports page and the CLI. */
    public List<Source> imports() {
        return store.imports();
    }

    /**
     * The imports stored at or after a moment, oldest first: a pull's overnight (their file names say the source,
     * {@code census-imports-hs6-VN-2025-01.json}), for what changed since the last round.
     */
    public List<Source> importedSince(java.time.Instant since) {
        return store.importedSince(since);
    }

    public boolean hasStatistics() {
        return store.hasStatistics();
    }

    /**
     * Where a reporter's statistics on a partner come from, a line per import as answers name their sources, and whether
     * the statistics of any of the years an answer reads are demonstration data.
     */
    public record Sourced(List<String> lines, boolean synthetic) {
    }

    public Sourced sourced(CountryCode reporter, CountryCode partner, Collection<Integer> years) {
        List<String> lines = sources(reporter, partner).stream().map(s -> reporter.value() + " statistics on "
                + partner.value() + ": " + s.dataset() + " #" + s.importId() + " (" + s.fileName() + ")"
                + (s.synthetic() ? ", synthetic" : "")).toList();
        Map<Integer, YearProvenance> byYear = store.provenanceByYear(reporter, partner);
        return new Sourced(lines, years.stream().anyMatch(y -> byYear.getOrDefault(y, YearProvenance.NONE).synthetic()));
    }

    /**
     * The HS editions of the reporter's statistics with the partner in the years (null for no bound), as the slices held
     * record them, and the subheadings of older editions their imports carried or found split (V36).
     */
    public HsEditions editions(CountryCode reporter, CountryCode partner, @Nullable Integer fromYear,
                               @Nullable Integer toYear) {
        LocalDate from = LocalDate.of(fromYear == null ? 1900 : fromYear, 1, 1);
        LocalDate to = LocalDate.of(toYear == null ? 2999 : toYear, 12, 31);
        Map<Integer, int[]> years = store.olderEditions(reporter, partner, from, to, HsRevisions.CURRENT);
        Map<Integer, Map<String, String>> renumbered = new HashMap<>();
        Map<Integer, Set<String>> split = new HashMap<>();
        if (!years.isEmpty()) {
            store.revisedCodes(reporter, partner, from.getYear(), to.getYear(), renumbered, split);
        }
        List<HsEditions.Older> older = new ArrayList<>();
        years.forEach((revision, span) -> older.add(new HsEditions.Older(revision, span[0], span[1],
                Collections.unmodifiableMap(new TreeMap<>(renumbered.getOrDefault(revision, Map.of()))),
                List.copyOf(split.getOrDefault(revision, Set.of())))));
        return new HsEditions(HsRevisions.CURRENT, older);
    }
}
