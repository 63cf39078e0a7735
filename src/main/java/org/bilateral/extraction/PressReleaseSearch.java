package org.bilateral.extraction;

import java.text.Normalizer;
import java.util.List;
import org.bilateral.shared.Findable;
import org.bilateral.shared.NameKey;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;

    PressReleaseSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Found> find(Query query, int limit) {
        if (query.blank()) {
            return List.of();
        }
        String[] patterns = query.words().stream().map(w -> "%" + w.replace("\\", "").replace("%", "").replace("_", "") + "%").toArray(String[]::new);
        return jdbc.sql("""
                        select id, name, published, dateline from press_release
                        where translate(lower(name || ' ' || text), :accented, :plain) like all (:patterns)
                        order by published desc nulls last, id desc limit :limit""")
                .param("accented", ACCENTED).param("plain", PLAIN).param("patterns", patterns).param("limit", limit)
                .query((rs, n) -> new Found(Kind.PRESS_RELEASE, rs.getString(2),
                        String.join(" · ", java.util.stream.Stream.of(rs.getString(3), rs.getString(4)).filter(s -> s != null && !s.isBlank()).toList()),
                        "/press-releases/" + rs.getLong(1)))
                .list();
    }
}
