package org.bilateral;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Inputs for the fuzz tests: a valid file of some format, edited a few times the way files go wrong (a cut, a
 * repeated line, a stray quote, a value no statistics office publishes, a control character, bytes that are not UTF-8),
 * so that the readers are driven deep into their checks rather than refused at the first byte.
 */
public final class Mutated {

    /** Values that have broken readers before, or that lie just beyond a stated range. */
    static final List<String> HOSTILE = List.of("1e999999999", "1E2000000000", "-1", "NaN", "Infinity", "-0", "0x1F",
            "9999999999999999", "10000000000000000", "0.0000001", "1" + "0".repeat(400), "\u0000", "\u0007", "\uFFFD",
            "\uD83D\uDE00", "\"", "\"\"", ",", ";", "\n", "\r\n", "\t", "\\", "[", "]", "{", "}", "[[[[[[[[[[[[[[[[[[[[", ":",
            "null", "true", "0000-01", "9999-12", "2024-13", "2024-00", "1949-12", "2101-01", "4294969296", "2027.5",
            "x".repeat(3_000), "\uFEFF", "=cmd|' /C calc'!A0", "<script>", "&amp;", "' or 1=1 --", "TOTAL", "-", "~",
            "Viet Nam", "VN", "US", "ZZ");

    private Mutated() {
    }

    /** The seed with one to six edits. */
    public static Arbitrary<String> text(String seed) {
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 40),
                Arbitraries.of(Kind.values()), Arbitraries.oneOf(Arbitraries.of(HOSTILE), Arbitraries.strings().ofMaxLength(12)))
                .as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(6).map(edits -> {
            String s = seed;
            for (Edit e : edits) {
                s = e.apply(s);
            }
            return s;
        });
    }

    /** The seed's bytes with edits, some of them bytes that are not UTF-8. */
    public static Arbitrary<byte[]> bytes(String seed) {
        Arbitrary<byte[]> invalid = text(seed).map(s -> {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            if (b.length > 0) {
                b[Math.floorMod(s.hashCode(), b.length)] = (byte) 0xC3; // a lone lead byte, as a Latin-1 file holds
            }
            return b;
        });
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, text(seed).map(s -> s.getBytes(StandardCharsets.UTF_8))),
                net.jqwik.api.Tuple.of(1, invalid));
    }

    enum Kind { INSERT, REPLACE, DELETE, REPEAT_LINE, CUT }

    record Edit(double at, int span, Kind kind, String token) {
        String apply(String s) {
            int i = (int) (at * s.length());
            int end = Math.min(s.length(), i + span);
            return switch (kind) {
                case INSERT -> s.substring(0, i) + token + s.substring(i);
                case REPLACE -> s.substring(0, i) + token + s.substring(end);
                case DELETE -> s.substring(0, i) + s.substring(end);
                case REPEAT_LINE -> {
                    int start = s.lastIndexOf('\n', Math.max(0, i - 1)) + 1;
                    int stop = s.indexOf('\n', i);
                    String line = s.substring(start, stop < 0 ? s.length() : stop + 1);
                    yield s.substring(0, start) + line + line + s.substring(start + line.length());
                }
                case CUT -> s.substring(0, i);
            };
        }
    }
}
