package org.bilateral.extraction.reading;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bilateral.extraction.reading.Sentences.Sentence;
import org.bilateral.extraction.reading.Tokens.Token;
import org.bilateral.shared.NameKey;

/**
 * Where the gold's names lie in a corpus document. The gold gives people by their aliases and titles, and the
 * participants of events, not token spans; the mentions model learns from spans. So each document is read by the
 * reader's own steps ({@link CleanText}, {@link Sentences}, {@link Tokens}), and each gold alias is looked for in the
 * sentences' tokens by {@link NameKey} (no case, no diacritics), the longest first so that "Tan Sri Datuk Seri Zafrul
 * Aziz" wins over "Zafrul Aziz". A gold person's last word alone ("Hùng", "Clouthier") is a person too when no other
 * gold person of the document ends with it.
 */
final class MentionSpans {

    static final String PERSON = "person";
    static final String ORGANISATION = "organisation";
    static final String TITLE = "title";

    /** One sentence's tokens and the labelled spans in them, token indices, end exclusive. */
    record Labelled(List<String> tokens, List<Span> spans) {
    }

    record Span(int start, int end, String type) {
    }

    /** One document's sentences, and which of its gold names and titles no sentence holds. */
    record Placed(List<Labelled> sentences, List<String> unplaced, int names) {
    }

    /** The corpus's count: names and titles looked for, and those found nowhere in their document. */
    record Summary(int names, int unplaced, List<String> examples) {
        @Override
        public String toString() {
            return unplaced + " of " + names + " gold names and titles could not be placed";
        }
    }

    private MentionSpans() {
    }

    static Summary summary(List<CorpusDocument> documents) {
        int names = 0;
        List<String> unplaced = new ArrayList<>();
        for (CorpusDocument d : documents) {
            Placed p = of(d);
            names += p.names();
            p.unplaced().forEach(u -> unplaced.add(d.name() + ": " + u));
        }
        return new Summary(names, unplaced.size(), List.copyOf(unplaced));
    }

    private record Wanted(List<String> keys, String type, int entity) {
    }

    static Placed of(CorpusDocument document) {
        GoldDocument gold = document.gold();
        // Each thing looked for is an entity (a person, an organisation, a title) with the aliases that count as it.
        List<Wanted> wanted = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        Set<String> personKeys = new HashSet<>();
        Map<String, Integer> lastWords = new HashMap<>();
        for (GoldDocument.Person p : gold.people()) {
            p.names().forEach(n -> personKeys.add(NameKey.of(n)));
            String last = lastWord(p.names().get(0));
            if (last != null) {
                lastWords.merge(last, 1, Integer::sum);
            }
        }
        for (GoldDocument.Person p : gold.people()) {
            int entity = labels.size();
            labels.add("person " + p.names().get(0));
            for (String alias : new LinkedHashSet<>(p.names())) {
                List<String> keys = keys(withoutTitle(alias));
                if (!keys.isEmpty()) {
                    wanted.add(new Wanted(keys, PERSON, entity));
                }
            }
            String last = lastWord(p.names().get(0));
            if (last != null && lastWords.get(last) == 1) {
                wanted.add(new Wanted(List.of(last), PERSON, -1));
            }
            if (!p.title().isBlank()) {
                labels.add("title " + p.title());
                wanted.add(new Wanted(keys(p.title()), TITLE, labels.size() - 1));
            }
        }
        Set<String> organisations = new HashSet<>();
        for (GoldDocument.Event e : gold.events()) {
            for (List<String> aliases : e.participants()) {
                if (aliases.isEmpty() || aliases.stream().anyMatch(a -> personKeys.contains(NameKey.of(a)))
                        || !organisations.add(NameKey.of(aliases.get(0)))) {
                    continue;
                }
                int entity = labels.size();
                labels.add("organisation " + aliases.get(0));
                for (String alias : new LinkedHashSet<>(aliases)) {
                    List<String> keys = keys(alias);
                    if (!keys.isEmpty()) {
                        wanted.add(new Wanted(keys, ORGANISATION, entity));
                    }
                }
            }
        }
        wanted.sort(Comparator.comparingInt((Wanted w) -> -w.keys().size()));
        boolean[] found = new boolean[labels.size()];
        CleanText clean = CleanText.of(document.text());
        List<Labelled> out = new ArrayList<>();
        // Two people may hold the same title ("President"): the words placed once are the title of both.
        Set<String> placed = new HashSet<>();
        for (Sentence s : Sentences.of(clean)) {
            List<Token> tokens = Tokens.of(s.text());
            List<String> keys = tokens.stream().map(t -> key(t.text())).toList();
            boolean[] taken = new boolean[tokens.size()];
            List<Span> spans = new ArrayList<>();
            for (Wanted w : wanted) {
                int n = w.keys().size();
                for (int i = 0; i + n <= tokens.size(); i++) {
                    if (free(taken, i, i + n) && keys.subList(i, i + n).equals(w.keys())
                            && (!w.type().equals(PERSON) || Character.isUpperCase(tokens.get(i).text().charAt(0)))) {
                        spans.add(new Span(i, i + n, w.type()));
                        for (int k = i; k < i + n; k++) {
                            taken[k] = true;
                        }
                        placed.add(w.type() + "|" + w.keys());
                    }
                }
            }
            spans.sort(Comparator.comparingInt(Span::start));
            out.add(new Labelled(tokens.stream().map(Token::text).toList(), spans));
        }
        for (Wanted w : wanted) {
            if (w.entity() >= 0 && placed.contains(w.type() + "|" + w.keys())) {
                found[w.entity()] = true;
            }
        }
        List<String> unplaced = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            if (!found[i]) {
                unplaced.add(labels.get(i));
            }
        }
        return new Placed(out, unplaced, labels.size());
    }

    /**
     * "Ambassador Katherine Tai", "the Honorable ... Tai", "U.S. President Donald Trump": the person's span is the name;
     * the title, and the country before it, are labelled apart.
     */
    static String withoutTitle(String alias) {
        List<Token> t = Tokens.of(alias);
        int i = 0;
        while (i < t.size() - 1 && (Character.isLowerCase(t.get(i).text().charAt(0)) || Lexicon.TITLE_HEADS.contains(t.get(i).text())
                || Lexicon.TITLE_MODIFIERS.contains(t.get(i).text()) || Lexicon.HONORIFICS.contains(t.get(i).text())
                || Places.NATIONALITIES.containsKey(t.get(i).text()) || t.get(i).is("'s")
                || t.get(i).is("Honorable") || t.get(i).is("Honourable"))) {
            i++;
        }
        return i == 0 ? alias : alias.substring(t.get(i).start());
    }

    private static @Nullable String lastWord(String name) {
        List<Token> t = Tokens.of(name);
        int last = t.size() - 1;
        while (last > 0 && (Lexicon.SUFFIXES.contains(t.get(last).text()) || !t.get(last).word())) {
            last--;
        }
        return last > 0 ? key(t.get(last).text()) : null;
    }

    private static List<String> keys(String text) {
        return Tokens.of(text).stream().map(t -> key(t.text())).toList();
    }

    /** A token's key; a mark ("," or "(") keys as itself, as NameKey would make it empty. */
    private static String key(String token) {
        String k = NameKey.of(token);
        return k.isEmpty() ? token : k;
    }

    private static boolean free(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }
}
