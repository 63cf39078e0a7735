package org.bilateral.engagements;

import java.util.Optional;
import org.bilateral.shared.NameKey;
import org.jspecify.annotations.Nullable;

/**
 * "Bill Hagerty" and "William Hagerty" may be one person: same family name, and no country that tells them apart.
 * Vietnamese names put the family name first, so for them the given name (last) must match as well.
 */
final class Namesakes {

    private Namesakes() {
    }

    /**
     * What a new person's name shares with another's, said as a merge proposal's reason begins; empty when it shares
     * too little to propose. Either name of one word shares nothing.
     */
    static Optional<String> kinship(String name, @Nullable String country, String other) {
        String[] words = name.strip().split("\\s+");
        String[] w = other.strip().split("\\s+");
        if (words.length < 2 || w.length < 2 || !key(w[w.length - 1]).equals(key(words[words.length - 1]))) {
            return Optional.empty();
        }
        boolean sameFirst = key(w[0]).equals(key(words[0]));
        if (!sameFirst && "VN".equals(country)) {
            return Optional.empty();
        }
        return Optional.of(sameFirst ? "same first and last names" : "same last name");
    }

    /** The reason a proposal gives: the names' kinship, then the country and the title both have, when known. */
    static String reason(String kinship, @Nullable String country, @Nullable String sharedTitle) {
        return kinship + (country == null ? "" : ", both " + country) + (sharedTitle == null ? "" : ", both " + sharedTitle);
    }

    private static String key(String word) {
        return NameKey.of(word);
    }
}
