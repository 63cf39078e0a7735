package org.bilateral.extraction.reading;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A name a reviewer typed on its own, outside any sentence: whether it reads as a person's. It does when a title or
 * an honorific stands before it ("President Biden", "Minister of Industry and Trade Nguyễn Hồng Diên", "Mr. Greer"),
 * or when it is two to six capitalised words of which none is an organisation's word or a title and which do not name
 * a country ("Jamieson Greer", "Tô Lâm"). A single bare word ("Boeing", "Biden") may be either, and is not read as a
 * person; nor is anything an organisation's last word marks ("Vietnam Airlines", "Senate Finance Committee").
 */
public final class TypedNames {

    /** A person's name and, when one was typed before it, the title. */
    public record PersonName(String name, @Nullable String title) {
    }

    /** Small words inside a name ("Ursula von der Leyen", "Luiz Inácio Lula da Silva"). */
    private static final Set<String> PARTICLES = Set.of("de", "da", "do", "dos", "van", "von", "der", "den", "bin", "binti", "al", "la", "le", "di");

    private TypedNames() {
    }

    public static Optional<PersonName> person(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String[] words = typed.strip().split("\\s+");
        int i = 0;
        boolean honorific = false;
        List<String> title = new ArrayList<>();
        // An optional country before a title ("US Trade Representative"), then title words with their portfolio.
        while (i < words.length) {
            String w = words[i];
            boolean titleWord = Lexicon.TITLE_HEADS.contains(w) || Lexicon.TITLE_MODIFIERS.contains(w);
            boolean portfolio = !title.isEmpty() && (Lexicon.CONNECTORS.contains(w) || Lexicon.PORTFOLIO.contains(w));
            boolean nationality = title.isEmpty() && Places.NATIONALITIES.containsKey(w) && i + 1 < words.length
                    && (Lexicon.TITLE_HEADS.contains(words[i + 1]) || Lexicon.TITLE_MODIFIERS.contains(words[i + 1]));
            if (Lexicon.HONORIFICS.contains(w)) {
                honorific = true;
                i++;
                break;
            }
            if (!(titleWord || portfolio || nationality)) {
                break;
            }
            title.add(w);
            i++;
        }
        // a title ends on a title word, not on "of" or "and"
        while (!title.isEmpty() && Lexicon.CONNECTORS.contains(title.get(title.size() - 1))) {
            title.remove(title.size() - 1);
            i--;
        }
        boolean titled = title.stream().anyMatch(Lexicon.TITLE_HEADS::contains);
        List<String> name = List.of(words).subList(i, words.length);
        if (name.isEmpty() || name.size() > 6 || !name.stream().allMatch(TypedNames::nameWord)) {
            return Optional.empty();
        }
        String joined = String.join(" ", name);
        if (!titled && !honorific) {
            boolean organisationOrTitle = name.stream().anyMatch(w -> Lexicon.ORGANISATION_WORDS.containsKey(w)
                    || Lexicon.TITLE_HEADS.contains(w) || Lexicon.NOT_NAMES.contains(w));
            if (name.size() < 2 || organisationOrTitle || Places.NATIONALITIES.containsKey(joined)) {
                return Optional.empty();
            }
        } else if (Lexicon.ORGANISATION_WORDS.containsKey(name.get(name.size() - 1))) {
            return Optional.empty();
        }
        return Optional.of(new PersonName(joined, title.isEmpty() ? null : String.join(" ", title)));
    }

    /** A capitalised word, an initial ("R."), a suffix ("Jr.") or a particle; never digits or a lone symbol. */
    private static boolean nameWord(String w) {
        if (PARTICLES.contains(w) || Lexicon.SUFFIXES.contains(w)) {
            return true;
        }
        int first = w.codePointAt(0);
        return Character.isUpperCase(first) && w.codePoints().allMatch(c -> Character.isLetter(c) || c == '.' || c == '-' || c == '\'' || c == '’');
    }
}
