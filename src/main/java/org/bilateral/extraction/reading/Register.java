package org.bilateral.extraction.reading;

import org.jspecify.annotations.Nullable;

import java.util.HashMap;
import java.util.Map;
import org.bilateral.extraction.KnownNames;
import org.bilateral.engagements.OrganisationKind;
import org.bilateral.shared.NameKey;

/** The register's names by key, so that a report naming "Le Manh Hung" or "Vietjet" is read as the record it is. */
final class Register {

    record Known(String name, boolean person, @Nullable String title, @Nullable String country, @Nullable OrganisationKind kind) {
    }

    private final Map<String, Known> byKey = new HashMap<>();
    private final Map<String, Known> byLastName = new HashMap<>();

    Register(KnownNames names) {
        for (KnownNames.Organisation o : names.organisations()) {
            OrganisationKind kind = o.kind() == null ? OrganisationKind.OTHER : OrganisationKind.parse(o.kind());
            Known known = new Known(o.name(), false, null, o.country(), kind);
            put(o.name(), known);
            o.variants().forEach(v -> put(v, known));
        }
        for (KnownNames.Person p : names.people()) {
            Known known = new Known(p.name(), true, p.title(), p.country(), null);
            put(p.name(), known);
            p.variants().forEach(v -> put(v, known));
            String[] words = p.name().split("\\s+");
            if (words.length > 1) {
                // Two people sharing a last name make the short form ambiguous; then neither is taken.
                byLastName.merge(NameKey.of(words[words.length - 1]), known, (a, b) -> a.equals(b) ? a : Register.AMBIGUOUS);
            }
        }
    }

    private static final Known AMBIGUOUS = new Known("", true, null, null, null);

    private void put(String name, Known known) {
        String key = NameKey.of(name);
        if (!key.isEmpty() && key.length() > 1) {
            byKey.putIfAbsent(key, known);
        }
    }

    boolean isEmpty() {
        return byKey.isEmpty();
    }

    @Nullable Known find(String key) {
        return byKey.get(key);
    }

    /** The registered person a bare last name ("Hùng", "Hagerty") stands for, when only one fits. */
    @Nullable Known personByLastName(String word) {
        Known k = byLastName.get(NameKey.of(word));
        return k == AMBIGUOUS ? null : k;
    }
}
