package org.bilateral.policy;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words that carry an ask's statement, for telling two wordings of one ask: lower case, without accents, possessives
 * and the small words any statement has ("Vietnam's market economy status" and "recognise Vietnam as a market economy"
 * share vietnam, market and economy).
 */
final class StatementWords {

    private static final Set<String> SMALL = Set.of("the", "and", "for", "from", "with", "its", "this", "that", "more", "all",
            "asks", "ask", "will", "soon", "also", "into", "onto", "are", "was", "has", "have", "not", "but", "our", "their");

    private StatementWords() {
    }

    static Set<String> of(String statement) {
        String plain = Normalizer.normalize(statement, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("'s\\b", "");
        Set<String> words = new HashSet<>();
        for (String word : plain.split("[^\\p{L}\\p{N}:]+")) {
            String w = word.replaceAll("^:+|:+$", "");
            if ((w.length() >= 3 || w.chars().anyMatch(Character::isDigit)) && !SMALL.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    /** The words two statements share, as a part of all the words either has (0 to 1). */
    static double shared(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        Set<String> either = new HashSet<>(a);
        either.addAll(b);
        return (double) both.size() / either.size();
    }
}
