package org.bilateral.extraction;

import java.text.Normalizer;
import java.util.List;
import org.bilateral.shared.Findable;
import org.bilateral.shared.NameKey;
import org.springframework.stereotype.Component;

/**
 * The reader's part of the search: press releases by any words of their name or text, with or without diacritics. The
 * text is folded in the database (the same folding as {@link NameKey}, letter by letter), so a search reads no text
 * into memory.
 */
@Component
class PressReleaseSearch implements Findable {

    /** Every accented Latin letter, and the plain lower-case letter it folds to. */
    private static final String ACCENTED;
    private static final String PLAIN;

    static {
        StringBuilder accented = new StringBuilder();
        StringBuilder plain = new StringBuilder();
        for (char c = '\u00C0'; c <= '\u024F'; c++) {
            fold(c, accented, plain);
        }
        for (char c = '\u1E00'; c <= '\u1EFF'; c++) {
            fold(c, accented, plain);
        }
        ACCENTED = accented.toString();
        PLAIN = plain.toString();
    }

    private static void fold(char c, StringBuilder accented, StringBuilder plain) {
        String key = NameKey.of(String.valueOf(c));
        if (key.length() == 1 && Character.isLetter(c) && !Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFC).equals(key)) {
            accented.append(c);
            plain.append(key);
        }
    }

    private final PressReleaseStore store;

    PressReleaseSearch(PressReleaseStore store) {
        this.store = store;
    }

    @Override
    public List<Found> find(Query query, int limit) {
        if (query.blank()) {
            return List.of();
        }
        String[] patterns = query.words().stream().map(w -> "%" + w.replace("\\", "").replace("%", "").replace("_", "") + "%").toArray(String[]::new);
        return store.matching(ACCENTED, PLAIN, patterns, limit).stream()
                .map(m -> new Found(Kind.PRESS_RELEASE, m.name(), String.join(" · ", java.util.stream.Stream.of(m.published(), m.dateline())
                        .filter(t -> t != null && !t.isBlank()).toList()), "/press-releases/" + m.id()))
                .toList();
    }
}
