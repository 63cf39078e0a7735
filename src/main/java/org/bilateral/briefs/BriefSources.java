package org.bilateral.briefs;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.bilateral.shared.CountryCode;
import org.bilateral.tradestats.Source;
import org.jspecify.annotations.Nullable;

/**
 * The sources as they are numbered while the sections are composed: each once, numbered in the order first cited, and
 * whether any of them is synthetic.
 */
final class BriefSources {

    private final Map<String, Brief.Source> byKey = new LinkedHashMap<>();
    private final Map<CountryCode, Integer> statisticsOf = new HashMap<>();
    private boolean synthetic;

    /** The number of the source of this key, numbering it now if it is new. */
    int of(String key, Brief.Source.Kind kind, String label, String detail, boolean synthetic) {
        this.synthetic |= synthetic;
        return byKey.computeIfAbsent(key, k -> new Brief.Source(byKey.size() + 1, kind, label, detail, synthetic)).number();
    }

    /** One import of statistics, named by its reporter where it is known. */
    int statistic(Source s, @Nullable CountryCode reporter) {
        return of("import " + s.importId(), Brief.Source.Kind.STATISTICS,
                s.dataset() + (reporter == null ? "" : " (" + reporter.value() + ")"), s.fileName() + ", import #" + s.importId(),
                s.synthetic());
    }

    /** A reporter's imports of statistics; the number of the first, which its figures cite (0 for none). */
    int statistics(List<Source> sources, CountryCode reporter) {
        int first = 0;
        for (Source s : sources) {
            int n = statistic(s, reporter);
            first = first == 0 ? n : first;
        }
        statisticsOf.putIfAbsent(reporter, first);
        return first;
    }

    /** The number a reporter's statistics have, fetching them only where no section has cited them yet. */
    int statisticsOf(CountryCode reporter, Supplier<List<Source>> fetch) {
        Integer known = statisticsOf.get(reporter);
        return known != null ? known : statistics(fetch.get(), reporter);
    }

    /** Marks the brief synthetic though no source is: figures a section derived from demonstration data. */
    void derivedFromSynthetic(boolean synthetic) {
        this.synthetic |= synthetic;
    }

    boolean synthetic() {
        return synthetic;
    }

    List<Brief.Source> numbered() {
        return List.copyOf(byKey.values());
    }
}
