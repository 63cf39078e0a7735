package org.bilateral.extraction.reading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.shared.NameKey;
import org.jspecify.annotations.Nullable;

/**
 * The people of a Vietnamese report, each once under the fullest name it gives: short forms ("Bộ trưởng Diên", "ông
 * Diên", "Tổng thống Trump", "Bộ trưởng Tan") and titles standing alone ("Phó thủ tướng", "Thứ trưởng Ngoại giao Hoa
 * Kỳ") resolved to the full name. A short form is a name's last word (a Vietnamese given name, a Western surname) or
 * its first (a Chinese or Korean family name); a title alone is the latest person so titled (and of the country the
 * title names, if it names one). Each person keeps the longest title the report gives them and the first country any
 * mention says.
 */
final class VietnameseCast {

    /** One person of the report. */
    static final class Person {
        final String name;
        final List<String> variants = new ArrayList<>();
        @Nullable String title;
        @Nullable String country;
        final List<String> heads = new ArrayList<>();
        final int firstSentence;

        Person(String name, int firstSentence) {
            this.name = name;
            this.firstSentence = firstSentence;
        }
    }

    /** A person named at a place in a sentence, resolved. */
    record Ref(int start, int end, Person person) {
    }

    private final Map<String, Person> people = new LinkedHashMap<>();
    /** The people of two words or more by their first and last words, the first so named kept: a look-up, not a pass. */
    private final Map<String, Person> byWord = new java.util.HashMap<>();
    /** The foreign people by their last word alone ("Trump"), which may stand without a title. */
    private final Map<String, Person> bySurname = new java.util.HashMap<>();

    /**
     * Reads every sentence's mentions: the full names first (a report may give "Tổng thống Trump" before "Tổng thống Mỹ
     * Donald Trump"), then each sentence's short forms and titles alone, in order.
     */
    static VietnameseCast of(List<String> sentences, List<List<VietnameseNames.Mention>> mentions, List<List<Ref>> refsOut) {
        VietnameseCast cast = new VietnameseCast();
        for (int i = 0; i < sentences.size(); i++) {
            for (VietnameseNames.Mention m : mentions.get(i)) {
                if (m.name() != null && m.name().strip().contains(" ")) {
                    Person p = cast.people.computeIfAbsent(NameKey.of(m.name()), k -> new Person(m.name().strip(), sentences.size()));
                    String[] words = words(p.name);
                    cast.byWord.putIfAbsent(words[0], p);
                    cast.byWord.putIfAbsent(words[words.length - 1], p);
                    if (!VietnameseNames.looksVietnamese(p.name)) {
                        cast.bySurname.put(words[words.length - 1], p);
                    }
                }
            }
        }
        List<Person> seen = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            List<Ref> refs = new ArrayList<>();
            for (VietnameseNames.Mention m : mentions.get(i)) {
                Person p = m.name() != null ? cast.byName(m.name()) : cast.byTitle(m, seen);
                if (p == null && m.name() != null) {
                    p = cast.people.computeIfAbsent(NameKey.of(m.name()), k -> new Person(m.name().strip(), sentences.size()));
                }
                if (p == null) {
                    continue;
                }
                cast.learn(p, m);
                seen.remove(p);
                seen.add(p);
                refs.add(new Ref(m.start(), m.end(), p));
            }
            refs.addAll(cast.bare(sentences.get(i), refs));
            refs.sort(java.util.Comparator.comparingInt(Ref::start));
            refsOut.add(refs);
        }
        return cast;
    }

    private @Nullable Person byName(String name) {
        Person full = people.get(NameKey.of(name));
        if (full != null) {
            return full;
        }
        return name.strip().contains(" ") ? null : byWord.get(NameKey.of(name));
    }

    private static @Nullable Person byTitle(VietnameseNames.Mention m, List<Person> seen) {
        for (int j = seen.size() - 1; j >= 0; j--) {
            Person p = seen.get(j);
            if (m.head() != null && p.heads.contains(m.head()) && (m.country() == null || m.country().equals(p.country))) {
                return p;
            }
        }
        return null;
    }

    private void learn(Person p, VietnameseNames.Mention m) {
        if (m.name() != null && !p.variants.contains(m.name().strip()) && !p.name.equals(m.name().strip())) {
            p.variants.add(m.name().strip());
        }
        if (m.title() != null && m.name() != null && (p.title == null || m.title().length() > p.title.length())) {
            p.title = m.title();
        }
        if (p.country == null && m.country() != null && m.name() != null) {
            p.country = m.country();
        }
        if (m.head() != null && !p.heads.contains(m.head())) {
            p.heads.add(m.head());
        }
    }

    private static final Pattern RUN = Pattern.compile("(?<![\\p{L}\\p{M}])\\p{Lu}[\\p{L}\\p{M}]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}]*)*");

    /** Full names written again without title ("Donald Trump đánh giá cao…"), and a foreign surname alone ("Trump"). */
    private List<Ref> bare(String sentence, List<Ref> refs) {
        List<Ref> out = new ArrayList<>();
        Matcher m = RUN.matcher(sentence);
        while (m.find()) {
            int s = m.start();
            if (refs.stream().anyMatch(r -> r.start() <= s && s < r.end())) {
                continue;
            }
            String key = NameKey.of(m.group());
            Person p = people.get(key);
            if (p == null && !m.group().contains(" ") && key.length() >= 4) {
                p = bySurname.get(key);
            }
            if (p != null) {
                out.add(new Ref(m.start(), m.end(), p));
            }
        }
        return out;
    }

    /** A name's words as keys: "Nguyễn Hồng Diên" is nguyen, hong, dien. */
    private static String[] words(String name) {
        return java.util.Arrays.stream(name.strip().split("\\s+")).map(NameKey::of).toArray(String[]::new);
    }

    /** The person called so in the report, or null. */
    @Nullable Person person(String name) {
        return people.get(NameKey.of(name));
    }

    List<Person> all() {
        return List.copyOf(people.values());
    }
}
