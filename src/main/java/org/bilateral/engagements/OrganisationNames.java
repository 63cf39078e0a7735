package org.bilateral.engagements;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bilateral.shared.NameKey;
import org.jspecify.annotations.Nullable;

/**
 * Whether a new organisation's name is one the register knows already, or only like one. Names that differ only in a
 * corporate word ("VietJet", "Vietjet Air") are one organisation; a name that begins another ("Vingroup" and
 * "Vingroup Investment") is only proposed as a merge, never made one.
 */
final class OrganisationNames {

    /** Corporate words that do not tell one organisation from another. */
    private static final Set<String> CORPORATE_WORDS = Set.of("group", "corporation", "corp", "company", "co", "inc", "ltd",
            "llc", "jsc", "plc", "holdings", "air", "jointstockcompany", "the");

    /** The shortest core worth comparing: two letters begin too many names. */
    static final int PREFIX = 3;

    /** The shortest cores of which one beginning the other is worth proposing. */
    private static final int LIKELY = 5;

    /** A name the register holds for an organisation. */
    record Known(long organisationId, String name) {
    }

    /** The organisation a name is ({@code same}), or failing that the first it may be ({@code likely}); both may be absent. */
    record Likeness(@Nullable Long same, @Nullable Long likely) {
    }

    private OrganisationNames() {
    }

    /** The part of an organisation's name that tells it apart: its key without corporate words at the end. */
    static String core(String name) {
        List<String> words = new ArrayList<>(List.of(name.strip().split("[\\s,.]+")));
        while (words.size() > 1 && CORPORATE_WORDS.contains(NameKey.of(words.get(words.size() - 1)))) {
            words.remove(words.size() - 1);
        }
        if (words.size() > 1 && NameKey.of(words.get(0)).equals("the")) {
            words.remove(0);
        }
        return NameKey.of(String.join(" ", words));
    }

    /** The first letters of a core the register is searched by, or null when the core is too short to search by. */
    static @Nullable String prefix(String name) {
        String core = core(name);
        return core.length() >= PREFIX ? core.substring(0, PREFIX) : null;
    }

    /** How a new name compares with the names known, taken in the order given (the register's, oldest first). */
    static Likeness among(String name, List<Known> known) {
        String core = core(name);
        Long likely = null;
        for (Known candidate : known) {
            String other = core(candidate.name());
            if (other.equals(core)) {
                return new Likeness(candidate.organisationId(), null);
            }
            if (likely == null && other.length() >= LIKELY && core.length() >= LIKELY && (other.startsWith(core) || core.startsWith(other))) {
                likely = candidate.organisationId();
            }
        }
        return new Likeness(null, likely);
    }
}
