package org.bilateral.sources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@link Said} kept in the runs' record as its key and arguments (JSON), not as the English it gives, so that the
 * Sources page says a failure of last night in the language of whoever reads it today.
 */
final class SaidJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One argument: exactly one of its fields is set, as {@link Said} allows a String, a Number, a date or a Said. */
    record Argument(@Nullable String text, @Nullable BigDecimal number, @Nullable Stored said, @Nullable String date) {
    }

    record Stored(String key, List<Argument> arguments) {
    }

    private SaidJson() {
    }

    static String write(Said said) {
        return JSON.writeValueAsString(stored(said));
    }

    static String writeAll(List<Said> said) {
        return JSON.writeValueAsString(said.stream().map(SaidJson::stored).toList());
    }

    static Said read(String json) {
        return said(JSON.readValue(json, Stored.class));
    }

    static List<Said> readAll(String json) {
        return List.of(JSON.readValue(json, Stored[].class)).stream().map(SaidJson::said).toList();
    }

    private static Stored stored(Said said) {
        List<Argument> arguments = new ArrayList<>();
        for (Object a : said.arguments()) {
            if (a instanceof Said s) {
                arguments.add(new Argument(null, null, stored(s), null));
            } else if (a instanceof Number n) {
                arguments.add(new Argument(null, new BigDecimal(n.toString()), null, null));
            } else if (a instanceof LocalDate d) {
                arguments.add(new Argument(null, null, null, d.toString()));
            } else if (a instanceof TemporalAccessor t) {
                // any other moment is kept as it writes itself: the record says what happened, not a figure to compute on
                arguments.add(new Argument(t.toString(), null, null, null));
            } else {
                arguments.add(new Argument(String.valueOf(a), null, null, null));
            }
        }
        return new Stored(said.key(), arguments);
    }

    private static Said said(Stored stored) {
        List<Object> arguments = new ArrayList<>();
        for (Argument a : stored.arguments()) {
            if (a.said() != null) {
                arguments.add(said(a.said()));
            } else if (a.number() != null) {
                arguments.add(a.number());
            } else if (a.date() != null) {
                arguments.add(LocalDate.parse(a.date()));
            } else {
                arguments.add(String.valueOf(a.text()));
            }
        }
        return new Said(stored.key(), arguments);
    }
}
