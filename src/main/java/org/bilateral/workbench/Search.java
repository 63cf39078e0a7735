package org.bilateral.workbench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.bilateral.shared.Findable;
import org.bilateral.shared.Findable.Found;
import org.bilateral.shared.Findable.Kind;
import org.bilateral.shared.Findable.Query;
import org.springframework.stereotype.Service;

/** The search box: every module's records the words find, grouped by what they are. */
@Service
public class Search {

    /** Records listed of each kind: a page a person reads, not an export. */
    public static final int EACH = 20;

    /** What the words found, by kind in the order of {@link Kind}; a kind of which nothing was found is absent. */
    public record Results(String q, Map<Kind, List<Found>> found) {
        public int count() {
            return found.values().stream().mapToInt(List::size).sum();
        }
    }

    private final List<Findable> findables;

    Search(List<Findable> findables) {
        this.findables = findables;
    }

    public Results find(Query query) {
        Map<Kind, List<Found>> found = new EnumMap<>(Kind.class);
        if (!query.blank()) {
            List<Found> all = new ArrayList<>();
            findables.forEach(f -> all.addAll(f.find(query, EACH)));
            all.stream().sorted(Comparator.comparing(Found::kind))
                    .forEach(f -> found.computeIfAbsent(f.kind(), k -> new ArrayList<>()).add(f));
            found.replaceAll((k, v) -> List.copyOf(v.subList(0, Math.min(EACH, v.size()))));
        }
        return new Results(query.text(), found);
    }
}
